// Function: ggml_matmul_add_q5_k_kernel
//----------------------------------------
// Function: ggml_matmul_add_q5_k_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  k: i32,
  m: i32,
  n: i32,
  nw: i32,
  width: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> xs : array<f32, 2048>;
var<workgroup> ws : array<f32, 2048>;
@compute @workgroup_size(16, 16, 1)
fn ggml_matmul_add_q5_k_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var tid : array<i32, 1>;
  var acc : array<f32, 16>;
  var words : array<u32, 16>;
  var vals : array<f32, 32>;
  var part : array<f32, 16>;
  var flat : array<i32, 1>;
  var rr : array<i32, 1>;
  var gx : array<i32, 1>;
  var c : array<i32, 1>;
  var v : array<f32, 1>;
  var gw : array<i32, 1>;
  var off : array<i32, 1>;
  var j : array<i32, 1>;
  var sc : array<u32, 1>;
  var mn : array<u32, 1>;
  var dm : array<u32, 1>;
  var dl : array<f32, 1>;
  var ml : array<f32, 1>;
  var shift : array<u32, 1>;
  var last : array<i32, 1>;
  var i : array<i32, 1>;
  var last_1 : array<i32, 1>;
  var low : array<u32, 1>;
  var high : array<u32, 1>;
  tid[0i] = ((i32(threadIdx.y) * 16i) + i32(threadIdx.x));
  acc[0i] = 0.000000e+00f;
  acc[1i] = 0.000000e+00f;
  acc[2i] = 0.000000e+00f;
  acc[3i] = 0.000000e+00f;
  acc[4i] = 0.000000e+00f;
  acc[5i] = 0.000000e+00f;
  acc[6i] = 0.000000e+00f;
  acc[7i] = 0.000000e+00f;
  acc[8i] = 0.000000e+00f;
  acc[9i] = 0.000000e+00f;
  acc[10i] = 0.000000e+00f;
  acc[11i] = 0.000000e+00f;
  acc[12i] = 0.000000e+00f;
  acc[13i] = 0.000000e+00f;
  acc[14i] = 0.000000e+00f;
  acc[15i] = 0.000000e+00f;
  let cse_v1 : i32 = (i32(blockIdx.y) * 64i);
  let cse_v5 : i32 = (v__1 * 64i);
  let cse_v8 : i32 = (i32(threadIdx.y) * 4i);
  let cse_v9 : i32 = (i32(threadIdx.x) * 4i);
  for (var g : i32 = 0i; g < ((podArgs.k + 31i)>>5u); g++) {
    flat[0i] = tid[0i];
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    let cse_v2 : i32 = (g * 32i);
    c[0i] = ((g * 32i) + flat[0i]);
    let cse_v3 : i32 = (podArgs.k - 1i);
    let cse_v4 : i32 = (podArgs.n - 1i);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 256i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 512i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 768i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 1024i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 1280i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 1536i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    flat[0i] = (tid[0i] + 1792i);
    rr[0i] = (flat[0i]>>5u);
    flat[0i] = (flat[0i] & 31i);
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    c[0i] = ((g * 32i) + flat[0i]);
    v[0i] = X_ptr[(min(c[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
    xs[((flat[0i] * 64i) + rr[0i])] = bitcast<f32>((bitcast<u32>(v[0i]) & (0u - u32(((gx[0i] < podArgs.n) && (c[0i] < podArgs.k))))));
    if (tid[0i] < 64i) {
      gw[0i] = ((v__1 * 64i) + tid[0i]);
      if (gw[0i] < podArgs.m) {
        off[0i] = (((g>>3u) * 176i) + ((gw[0i] * (podArgs.k>>8u)) * 176i));
        j[0i] = (g & 7i);
        sc[0i] = (((((W_ptr[(((off[0i] + j[0i]) + 4i)>>2u)]>>u32(((((off[0i] + j[0i]) + 4i) & 3i)<<3u))) & 255u) & 63u) & (0u - u32((j[0i] < 4i)))) | (((((W_ptr[(((off[0i] + j[0i]) + 8i)>>2u)]>>u32(((((off[0i] + j[0i]) + 8i) & 3i)<<3u))) & 255u) & 15u) | ((((W_ptr[((off[0i] + j[0i])>>2u)]>>u32((((off[0i] + j[0i]) & 3i)<<3u))) & 255u)>>6u)<<4u)) & (~(0u - u32((j[0i] < 4i))))));
        mn[0i] = (((((W_ptr[(((off[0i] + j[0i]) + 8i)>>2u)]>>u32(((((off[0i] + j[0i]) + 8i) & 3i)<<3u))) & 255u) & 63u) & (0u - u32((j[0i] < 4i)))) | (((((W_ptr[(((off[0i] + j[0i]) + 8i)>>2u)]>>u32(((((off[0i] + j[0i]) + 8i) & 3i)<<3u))) & 255u)>>4u) | ((((W_ptr[(((off[0i] + j[0i]) + 4i)>>2u)]>>u32(((((off[0i] + j[0i]) + 4i) & 3i)<<3u))) & 255u)>>6u)<<4u)) & (~(0u - u32((j[0i] < 4i))))));
        dm[0i] = W_ptr[(off[0i]>>2u)];
        dl[0i] = (bitcast<f32>(((((dm[0i] & 65535u) & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>(((((dm[0i] & 65535u) & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32(((((dm[0i] & 65535u) & 32767u)>>10u) < 1u)))) | ((((((dm[0i] & 65535u) & 32767u)<<13u) + 939524096u) + (u32((1u <= (((dm[0i] & 65535u) & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32(((((dm[0i] & 65535u) & 32767u)>>10u) < 1u)))))))) * (bitcast<f32>((sc[0i] | 1258291200u)) - 8.388608e+06f));
        ml[0i] = (bitcast<f32>(((((dm[0i]>>16u) & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>(((((dm[0i]>>16u) & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32(((((dm[0i]>>16u) & 32767u)>>10u) < 1u)))) | ((((((dm[0i]>>16u) & 32767u)<<13u) + 939524096u) + (u32((1u <= (((dm[0i]>>16u) & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32(((((dm[0i]>>16u) & 32767u)>>10u) < 1u)))))))) * (bitcast<f32>((mn[0i] | 1258291200u)) - 8.388608e+06f));
        shift[0i] = u32(((j[0i] & 1i)<<2u));
        let cse_v6 : i32 = (podArgs.nw - 1i);
        last[0i] = (podArgs.nw - 1i);
        i[0i] = ((off[0i] + 16i)>>2u);
        words[0i] = W_ptr[min(i[0i], last[0i])];
        words[1i] = W_ptr[min((i[0i] + 1i), last[0i])];
        words[2i] = W_ptr[min((i[0i] + 2i), last[0i])];
        words[3i] = W_ptr[min((i[0i] + 3i), last[0i])];
        words[4i] = W_ptr[min((i[0i] + 4i), last[0i])];
        words[5i] = W_ptr[min((i[0i] + 5i), last[0i])];
        words[6i] = W_ptr[min((i[0i] + 6i), last[0i])];
        words[7i] = W_ptr[min((i[0i] + 7i), last[0i])];
        last_1[0i] = (podArgs.nw - 1i);
        off[0i] = (((((j[0i]>>1u) * 32i) + off[0i]) + 48i)>>2u);
        words[8i] = W_ptr[min(off[0i], last_1[0i])];
        words[9i] = W_ptr[min((off[0i] + 1i), last_1[0i])];
        words[10i] = W_ptr[min((off[0i] + 2i), last_1[0i])];
        words[11i] = W_ptr[min((off[0i] + 3i), last_1[0i])];
        words[12i] = W_ptr[min((off[0i] + 4i), last_1[0i])];
        words[13i] = W_ptr[min((off[0i] + 5i), last_1[0i])];
        words[14i] = W_ptr[min((off[0i] + 6i), last_1[0i])];
        words[15i] = W_ptr[min((off[0i] + 7i), last_1[0i])];
        low[0i] = ((((words[8i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[0i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[0i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[8i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[0i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[1i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[8i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[0i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[2i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[8i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[0i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[3i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[9i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[1i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[4i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[9i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[1i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[5i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[9i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[1i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[6i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[9i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[1i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[7i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[10i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[2i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[8i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[10i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[2i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[9i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[10i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[2i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[10i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[10i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[2i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[11i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[11i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[3i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[12i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[11i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[3i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[13i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[11i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[3i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[14i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[11i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[3i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[15i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[12i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[4i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[16i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[12i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[4i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[17i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[12i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[4i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[18i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[12i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[4i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[19i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[13i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[5i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[20i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[13i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[5i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[21i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[13i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[5i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[22i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[13i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[5i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[23i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[14i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[6i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[24i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[14i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[6i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[25i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[14i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[6i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[26i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[14i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[6i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[27i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[15i]>>0u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[7i]>>0u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[28i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[15i]>>8u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[7i]>>8u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[29i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[15i]>>16u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[7i]>>16u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[30i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        low[0i] = ((((words[15i]>>24u) & 255u)>>shift[0i]) & 15u);
        high[0i] = (((((words[7i]>>24u) & 255u)>>u32(j[0i])) & 1u)<<4u);
        vals[31i] = ((dl[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388608e+06f)) - ml[0i]);
        ws[tid[0i]] = vals[0i];
        ws[(tid[0i] + 64i)] = vals[1i];
        ws[(tid[0i] + 128i)] = vals[2i];
        ws[(tid[0i] + 192i)] = vals[3i];
        ws[(tid[0i] + 256i)] = vals[4i];
        ws[(tid[0i] + 320i)] = vals[5i];
        ws[(tid[0i] + 384i)] = vals[6i];
        ws[(tid[0i] + 448i)] = vals[7i];
        ws[(tid[0i] + 512i)] = vals[8i];
        ws[(tid[0i] + 576i)] = vals[9i];
        ws[(tid[0i] + 640i)] = vals[10i];
        ws[(tid[0i] + 704i)] = vals[11i];
        ws[(tid[0i] + 768i)] = vals[12i];
        ws[(tid[0i] + 832i)] = vals[13i];
        ws[(tid[0i] + 896i)] = vals[14i];
        ws[(tid[0i] + 960i)] = vals[15i];
        ws[(tid[0i] + 1024i)] = vals[16i];
        ws[(tid[0i] + 1088i)] = vals[17i];
        ws[(tid[0i] + 1152i)] = vals[18i];
        ws[(tid[0i] + 1216i)] = vals[19i];
        ws[(tid[0i] + 1280i)] = vals[20i];
        ws[(tid[0i] + 1344i)] = vals[21i];
        ws[(tid[0i] + 1408i)] = vals[22i];
        ws[(tid[0i] + 1472i)] = vals[23i];
        ws[(tid[0i] + 1536i)] = vals[24i];
        ws[(tid[0i] + 1600i)] = vals[25i];
        ws[(tid[0i] + 1664i)] = vals[26i];
        ws[(tid[0i] + 1728i)] = vals[27i];
        ws[(tid[0i] + 1792i)] = vals[28i];
        ws[(tid[0i] + 1856i)] = vals[29i];
        ws[(tid[0i] + 1920i)] = vals[30i];
        ws[(tid[0i] + 1984i)] = vals[31i];
      } else {
        ws[tid[0i]] = 0.000000e+00f;
        ws[(tid[0i] + 64i)] = 0.000000e+00f;
        ws[(tid[0i] + 128i)] = 0.000000e+00f;
        ws[(tid[0i] + 192i)] = 0.000000e+00f;
        ws[(tid[0i] + 256i)] = 0.000000e+00f;
        ws[(tid[0i] + 320i)] = 0.000000e+00f;
        ws[(tid[0i] + 384i)] = 0.000000e+00f;
        ws[(tid[0i] + 448i)] = 0.000000e+00f;
        ws[(tid[0i] + 512i)] = 0.000000e+00f;
        ws[(tid[0i] + 576i)] = 0.000000e+00f;
        ws[(tid[0i] + 640i)] = 0.000000e+00f;
        ws[(tid[0i] + 704i)] = 0.000000e+00f;
        ws[(tid[0i] + 768i)] = 0.000000e+00f;
        ws[(tid[0i] + 832i)] = 0.000000e+00f;
        ws[(tid[0i] + 896i)] = 0.000000e+00f;
        ws[(tid[0i] + 960i)] = 0.000000e+00f;
        ws[(tid[0i] + 1024i)] = 0.000000e+00f;
        ws[(tid[0i] + 1088i)] = 0.000000e+00f;
        ws[(tid[0i] + 1152i)] = 0.000000e+00f;
        ws[(tid[0i] + 1216i)] = 0.000000e+00f;
        ws[(tid[0i] + 1280i)] = 0.000000e+00f;
        ws[(tid[0i] + 1344i)] = 0.000000e+00f;
        ws[(tid[0i] + 1408i)] = 0.000000e+00f;
        ws[(tid[0i] + 1472i)] = 0.000000e+00f;
        ws[(tid[0i] + 1536i)] = 0.000000e+00f;
        ws[(tid[0i] + 1600i)] = 0.000000e+00f;
        ws[(tid[0i] + 1664i)] = 0.000000e+00f;
        ws[(tid[0i] + 1728i)] = 0.000000e+00f;
        ws[(tid[0i] + 1792i)] = 0.000000e+00f;
        ws[(tid[0i] + 1856i)] = 0.000000e+00f;
        ws[(tid[0i] + 1920i)] = 0.000000e+00f;
        ws[(tid[0i] + 1984i)] = 0.000000e+00f;
      }
    }
    workgroupBarrier();
    part[0i] = 0.000000e+00f;
    part[1i] = 0.000000e+00f;
    part[2i] = 0.000000e+00f;
    part[3i] = 0.000000e+00f;
    part[4i] = 0.000000e+00f;
    part[5i] = 0.000000e+00f;
    part[6i] = 0.000000e+00f;
    part[7i] = 0.000000e+00f;
    part[8i] = 0.000000e+00f;
    part[9i] = 0.000000e+00f;
    part[10i] = 0.000000e+00f;
    part[11i] = 0.000000e+00f;
    part[12i] = 0.000000e+00f;
    part[13i] = 0.000000e+00f;
    part[14i] = 0.000000e+00f;
    part[15i] = 0.000000e+00f;
    for (var kk : i32 = 0i; kk < 32i; kk++) {
      let cse_v7 : i32 = (kk * 64i);
      let cse_v10 : i32 = ((kk * 64i) + (i32(threadIdx.y) * 4i));
      let cse_v11 : i32 = ((kk * 64i) + (i32(threadIdx.x) * 4i));
      part[0i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[0i]);
      let cse_v14 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i);
      part[1i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[1i]);
      let cse_v15 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i);
      part[2i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[2i]);
      let cse_v16 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i);
      part[3i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[3i]);
      let cse_v17 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i);
      part[4i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[4i]);
      part[5i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[5i]);
      part[6i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[6i]);
      part[7i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[7i]);
      let cse_v18 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i);
      part[8i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[8i]);
      part[9i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[9i]);
      part[10i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[10i]);
      part[11i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[11i]);
      let cse_v19 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i);
      part[12i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[12i]);
      part[13i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[13i]);
      part[14i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[14i]);
      part[15i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[15i]);
    }
    acc[0i] = (acc[0i] + part[0i]);
    acc[1i] = (acc[1i] + part[1i]);
    acc[2i] = (acc[2i] + part[2i]);
    acc[3i] = (acc[3i] + part[3i]);
    acc[4i] = (acc[4i] + part[4i]);
    acc[5i] = (acc[5i] + part[5i]);
    acc[6i] = (acc[6i] + part[6i]);
    acc[7i] = (acc[7i] + part[7i]);
    acc[8i] = (acc[8i] + part[8i]);
    acc[9i] = (acc[9i] + part[9i]);
    acc[10i] = (acc[10i] + part[10i]);
    acc[11i] = (acc[11i] + part[11i]);
    acc[12i] = (acc[12i] + part[12i]);
    acc[13i] = (acc[13i] + part[13i]);
    acc[14i] = (acc[14i] + part[14i]);
    acc[15i] = (acc[15i] + part[15i]);
    workgroupBarrier();
  }
  let cse_v12 : i32 = ((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i));
  let cse_v13 : i32 = ((v__1 * 64i) + (i32(threadIdx.x) * 4i));
  let cse_v26 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0)] + acc[0i]);
  }
  let cse_v20 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v27 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i)] + acc[1i]);
  }
  let cse_v21 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v28 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i)] + acc[2i]);
  }
  let cse_v22 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v29 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i)] + acc[3i]);
  }
  let cse_v23 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i);
  let cse_v30 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0)] + acc[4i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v33 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i)] + acc[5i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v34 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i)] + acc[6i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v35 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i)] + acc[7i]);
  }
  let cse_v24 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i);
  let cse_v31 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0)] + acc[8i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v36 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i)] + acc[9i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v37 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i)] + acc[10i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v38 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i)] + acc[11i]);
  }
  let cse_v25 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i);
  let cse_v32 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0)] + acc[12i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v39 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i)] + acc[13i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v40 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i)] + acc[14i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v41 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i)] + acc[15i]);
  }
}


