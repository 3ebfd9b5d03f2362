// Function: ggml_gemv_silu_add_q5_k_kernel
//----------------------------------------
// Function: ggml_gemv_silu_add_q5_k_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  kx: i32,
  m: i32,
  nw: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 128>;
@compute @workgroup_size(32, 4, 1)
fn ggml_gemv_silu_add_q5_k_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var k : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var words : array<u32, 16>;
  var vals : array<f32, 32>;
  var xt : array<f32, 32>;
  var ut : array<f32, 32>;
  var part : array<f32, 4>;
  var base : array<i32, 1>;
  var c : array<i32, 1>;
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
  var total : array<f32, 1>;
  k[0i] = (podArgs.kx>>1u);
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    base[0i] = ((r[0i] * (k[0i]>>8u)) * 176i);
    for (var c0 : i32 = 0i; c0 < ((k[0i] + 1023i)>>10u); c0++) {
      c[0i] = ((c0 * 32i) + i32(threadIdx.x));
      if ((c[0i] * 32i) < k[0i]) {
        off[0i] = (((c[0i]>>3u) * 176i) + base[0i]);
        j[0i] = (c[0i] & 7i);
        sc[0i] = (((((W_ptr[(((off[0i] + j[0i]) + 4i)>>2u)]>>u32(((((off[0i] + j[0i]) + 4i) & 3i)<<3u))) & 255u) & 63u) & (0u - u32((j[0i] < 4i)))) | (((((W_ptr[(((off[0i] + j[0i]) + 8i)>>2u)]>>u32(((((off[0i] + j[0i]) + 8i) & 3i)<<3u))) & 255u) & 15u) | ((((W_ptr[((off[0i] + j[0i])>>2u)]>>u32((((off[0i] + j[0i]) & 3i)<<3u))) & 255u)>>6u)<<4u)) & (~(0u - u32((j[0i] < 4i))))));
        mn[0i] = (((((W_ptr[(((off[0i] + j[0i]) + 8i)>>2u)]>>u32(((((off[0i] + j[0i]) + 8i) & 3i)<<3u))) & 255u) & 63u) & (0u - u32((j[0i] < 4i)))) | (((((W_ptr[(((off[0i] + j[0i]) + 8i)>>2u)]>>u32(((((off[0i] + j[0i]) + 8i) & 3i)<<3u))) & 255u)>>4u) | ((((W_ptr[(((off[0i] + j[0i]) + 4i)>>2u)]>>u32(((((off[0i] + j[0i]) + 4i) & 3i)<<3u))) & 255u)>>6u)<<4u)) & (~(0u - u32((j[0i] < 4i))))));
        dm[0i] = W_ptr[(off[0i]>>2u)];
        dl[0i] = (bitcast<f32>(((((dm[0i] & 65535u) & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>(((((dm[0i] & 65535u) & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32(((((dm[0i] & 65535u) & 32767u)>>10u) < 1u)))) | ((((((dm[0i] & 65535u) & 32767u)<<13u) + 939524096u) + (u32((1u <= (((dm[0i] & 65535u) & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32(((((dm[0i] & 65535u) & 32767u)>>10u) < 1u)))))))) * (bitcast<f32>((sc[0i] | 1258291200u)) - 8.388608e+06f));
        ml[0i] = (bitcast<f32>(((((dm[0i]>>16u) & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>(((((dm[0i]>>16u) & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32(((((dm[0i]>>16u) & 32767u)>>10u) < 1u)))) | ((((((dm[0i]>>16u) & 32767u)<<13u) + 939524096u) + (u32((1u <= (((dm[0i]>>16u) & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32(((((dm[0i]>>16u) & 32767u)>>10u) < 1u)))))))) * (bitcast<f32>((mn[0i] | 1258291200u)) - 8.388608e+06f));
        shift[0i] = u32(((j[0i] & 1i)<<2u));
        let cse_v1 : i32 = (podArgs.nw - 1i);
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
        for (var e : i32 = 0i; e < 32i; e++) {
          let cse_v2 : i32 = (podArgs.row * podArgs.kx);
          xt[e] = X_ptr[(min(((c[0i] * 32i) + e), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
          ut[e] = X_ptr[((min(((c[0i] * 32i) + e), (k[0i] - 1i)) + (podArgs.row * podArgs.kx)) + k[0i])];
          xt[e] = (xt[e] / (1.000000e+00f + exp((xt[e] * -1.000000e+00f))));
          xt[e] = (xt[e] * ut[e]);
        }
        part[0i] = 0.000000e+00f;
        part[0i] = fma(vals[0i], xt[0i], part[0i]);
        part[0i] = fma(vals[1i], xt[1i], part[0i]);
        part[0i] = fma(vals[2i], xt[2i], part[0i]);
        part[0i] = fma(vals[3i], xt[3i], part[0i]);
        part[0i] = fma(vals[4i], xt[4i], part[0i]);
        part[0i] = fma(vals[5i], xt[5i], part[0i]);
        part[0i] = fma(vals[6i], xt[6i], part[0i]);
        part[0i] = fma(vals[7i], xt[7i], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma(vals[8i], xt[8i], part[1i]);
        part[1i] = fma(vals[9i], xt[9i], part[1i]);
        part[1i] = fma(vals[10i], xt[10i], part[1i]);
        part[1i] = fma(vals[11i], xt[11i], part[1i]);
        part[1i] = fma(vals[12i], xt[12i], part[1i]);
        part[1i] = fma(vals[13i], xt[13i], part[1i]);
        part[1i] = fma(vals[14i], xt[14i], part[1i]);
        part[1i] = fma(vals[15i], xt[15i], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma(vals[16i], xt[16i], part[2i]);
        part[2i] = fma(vals[17i], xt[17i], part[2i]);
        part[2i] = fma(vals[18i], xt[18i], part[2i]);
        part[2i] = fma(vals[19i], xt[19i], part[2i]);
        part[2i] = fma(vals[20i], xt[20i], part[2i]);
        part[2i] = fma(vals[21i], xt[21i], part[2i]);
        part[2i] = fma(vals[22i], xt[22i], part[2i]);
        part[2i] = fma(vals[23i], xt[23i], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma(vals[24i], xt[24i], part[3i]);
        part[3i] = fma(vals[25i], xt[25i], part[3i]);
        part[3i] = fma(vals[26i], xt[26i], part[3i]);
        part[3i] = fma(vals[27i], xt[27i], part[3i]);
        part[3i] = fma(vals[28i], xt[28i], part[3i]);
        part[3i] = fma(vals[29i], xt[29i], part[3i]);
        part[3i] = fma(vals[30i], xt[30i], part[3i]);
        part[3i] = fma(vals[31i], xt[31i], part[3i]);
        acc[0i] = (acc[0i] + ((part[0i] + part[1i]) + (part[2i] + part[3i])));
      }
    }
  }
  let cse_v3 : i32 = (i32(threadIdx.y) * 32i);
  red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v4 : i32 = ((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i));
    red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] = (((((((red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 1i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 2i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 3i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 4i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 5i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 6i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 7i)]);
  }
  workgroupBarrier();
  total[0i] = (((red[(i32(threadIdx.y) * 32i)] + red[((i32(threadIdx.y) * 32i) + 8i)]) + red[((i32(threadIdx.y) * 32i) + 16i)]) + red[((i32(threadIdx.y) * 32i) + 24i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = (Y_ptr[(podArgs.col0 + r[0i])] + total[0i]);
  }
}


