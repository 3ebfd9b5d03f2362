// Function: ggml_embed_q5_k_kernel
//----------------------------------------
// Function: ggml_embed_q5_k_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(2) var<storage, read_write> out_ptr : array<f32>;

struct PODArgs {
  d: i32,
  m: i32,
  n: i32,
  nw: i32,
  row0: i32,
  scale: f32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn ggml_embed_q5_k_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var c : array<i32, 1>;
  var r : array<i32, 1>;
  var words : array<u32, 16>;
  var vals : array<f32, 32>;
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
  c[0i] = ((i32(blockIdx.y) * 64i) + i32(threadIdx.x));
  r[0i] = (ids_ptr[v__1] - podArgs.row0);
  if ((((c[0i] * 32i) < podArgs.d) && (0i <= r[0i])) && (r[0i] < podArgs.m)) {
    off[0i] = (((c[0i]>>3u) * 176i) + ((r[0i] * (podArgs.d>>8u)) * 176i));
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
    let cse_v2 : i32 = (v__1 * podArgs.d);
    if (podArgs.scale == 1.000000e+00f) {
      if ((c[0i] * 32i) < podArgs.d) {
        out_ptr[((c[0i] * 32i) + (v__1 * podArgs.d))] = vals[0i];
      }
      if (((c[0i] * 32i) + 1i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 1i)] = vals[1i];
      }
      if (((c[0i] * 32i) + 2i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 2i)] = vals[2i];
      }
      if (((c[0i] * 32i) + 3i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 3i)] = vals[3i];
      }
      if (((c[0i] * 32i) + 4i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 4i)] = vals[4i];
      }
      if (((c[0i] * 32i) + 5i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 5i)] = vals[5i];
      }
      if (((c[0i] * 32i) + 6i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 6i)] = vals[6i];
      }
      if (((c[0i] * 32i) + 7i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 7i)] = vals[7i];
      }
      if (((c[0i] * 32i) + 8i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 8i)] = vals[8i];
      }
      if (((c[0i] * 32i) + 9i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 9i)] = vals[9i];
      }
      if (((c[0i] * 32i) + 10i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 10i)] = vals[10i];
      }
      if (((c[0i] * 32i) + 11i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 11i)] = vals[11i];
      }
      if (((c[0i] * 32i) + 12i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 12i)] = vals[12i];
      }
      if (((c[0i] * 32i) + 13i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 13i)] = vals[13i];
      }
      if (((c[0i] * 32i) + 14i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 14i)] = vals[14i];
      }
      if (((c[0i] * 32i) + 15i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 15i)] = vals[15i];
      }
      if (((c[0i] * 32i) + 16i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 16i)] = vals[16i];
      }
      if (((c[0i] * 32i) + 17i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 17i)] = vals[17i];
      }
      if (((c[0i] * 32i) + 18i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 18i)] = vals[18i];
      }
      if (((c[0i] * 32i) + 19i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 19i)] = vals[19i];
      }
      if (((c[0i] * 32i) + 20i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 20i)] = vals[20i];
      }
      if (((c[0i] * 32i) + 21i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 21i)] = vals[21i];
      }
      if (((c[0i] * 32i) + 22i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 22i)] = vals[22i];
      }
      if (((c[0i] * 32i) + 23i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 23i)] = vals[23i];
      }
      if (((c[0i] * 32i) + 24i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 24i)] = vals[24i];
      }
      if (((c[0i] * 32i) + 25i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 25i)] = vals[25i];
      }
      if (((c[0i] * 32i) + 26i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 26i)] = vals[26i];
      }
      if (((c[0i] * 32i) + 27i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 27i)] = vals[27i];
      }
      if (((c[0i] * 32i) + 28i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 28i)] = vals[28i];
      }
      if (((c[0i] * 32i) + 29i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 29i)] = vals[29i];
      }
      if (((c[0i] * 32i) + 30i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 30i)] = vals[30i];
      }
      if (((c[0i] * 32i) + 31i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 31i)] = vals[31i];
      }
    } else {
      if ((c[0i] * 32i) < podArgs.d) {
        out_ptr[((c[0i] * 32i) + (v__1 * podArgs.d))] = (vals[0i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 1i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 1i)] = (vals[1i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 2i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 2i)] = (vals[2i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 3i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 3i)] = (vals[3i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 4i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 4i)] = (vals[4i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 5i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 5i)] = (vals[5i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 6i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 6i)] = (vals[6i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 7i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 7i)] = (vals[7i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 8i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 8i)] = (vals[8i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 9i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 9i)] = (vals[9i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 10i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 10i)] = (vals[10i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 11i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 11i)] = (vals[11i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 12i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 12i)] = (vals[12i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 13i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 13i)] = (vals[13i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 14i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 14i)] = (vals[14i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 15i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 15i)] = (vals[15i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 16i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 16i)] = (vals[16i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 17i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 17i)] = (vals[17i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 18i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 18i)] = (vals[18i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 19i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 19i)] = (vals[19i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 20i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 20i)] = (vals[20i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 21i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 21i)] = (vals[21i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 22i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 22i)] = (vals[22i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 23i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 23i)] = (vals[23i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 24i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 24i)] = (vals[24i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 25i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 25i)] = (vals[25i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 26i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 26i)] = (vals[26i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 27i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 27i)] = (vals[27i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 28i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 28i)] = (vals[28i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 29i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 29i)] = (vals[29i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 30i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 30i)] = (vals[30i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 31i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 31i)] = (vals[31i] * podArgs.scale);
      }
    }
  }
}


