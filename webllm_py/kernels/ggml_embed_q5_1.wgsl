// Function: ggml_embed_q5_1_kernel
//----------------------------------------
// Function: ggml_embed_q5_1_kernel
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
fn ggml_embed_q5_1_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var c : array<i32, 1>;
  var r : array<i32, 1>;
  var words : array<u32, 5>;
  var vals : array<f32, 32>;
  var off : array<i32, 1>;
  var dm : array<u32, 1>;
  var d_1 : array<f32, 1>;
  var m_1 : array<f32, 1>;
  var last : array<i32, 1>;
  var lo : array<u32, 1>;
  var hi : array<u32, 1>;
  c[0i] = ((i32(blockIdx.y) * 64i) + i32(threadIdx.x));
  r[0i] = (ids_ptr[v__1] - podArgs.row0);
  if ((((c[0i] * 32i) < podArgs.d) && (0i <= r[0i])) && (r[0i] < podArgs.m)) {
    off[0i] = ((c[0i] * 24i) + ((r[0i] * (podArgs.d>>5u)) * 24i));
    dm[0i] = W_ptr[(off[0i]>>2u)];
    d_1[0i] = bitcast<f32>(((((dm[0i] & 65535u) & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>(((((dm[0i] & 65535u) & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32(((((dm[0i] & 65535u) & 32767u)>>10u) < 1u)))) | ((((((dm[0i] & 65535u) & 32767u)<<13u) + 939524096u) + (u32((1u <= (((dm[0i] & 65535u) & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32(((((dm[0i] & 65535u) & 32767u)>>10u) < 1u))))))));
    m_1[0i] = bitcast<f32>(((((dm[0i]>>16u) & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>(((((dm[0i]>>16u) & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32(((((dm[0i]>>16u) & 32767u)>>10u) < 1u)))) | ((((((dm[0i]>>16u) & 32767u)<<13u) + 939524096u) + (u32((1u <= (((dm[0i]>>16u) & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32(((((dm[0i]>>16u) & 32767u)>>10u) < 1u))))))));
    last[0i] = (podArgs.nw - 1i);
    off[0i] = ((off[0i] + 4i)>>2u);
    words[0i] = W_ptr[min(off[0i], last[0i])];
    words[1i] = W_ptr[min((off[0i] + 1i), last[0i])];
    words[2i] = W_ptr[min((off[0i] + 2i), last[0i])];
    words[3i] = W_ptr[min((off[0i] + 3i), last[0i])];
    words[4i] = W_ptr[min((off[0i] + 4i), last[0i])];
    lo[0i] = ((((words[1i]>>0u) & 255u) & 15u) | (((words[0i]>>0u) & 1u)<<4u));
    hi[0i] = ((((words[1i]>>0u) & 255u)>>4u) | (((words[0i]>>16u) & 1u)<<4u));
    vals[0i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[16i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[1i]>>8u) & 255u) & 15u) | (((words[0i]>>1u) & 1u)<<4u));
    hi[0i] = ((((words[1i]>>8u) & 255u)>>4u) | (((words[0i]>>17u) & 1u)<<4u));
    vals[1i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[17i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[1i]>>16u) & 255u) & 15u) | (((words[0i]>>2u) & 1u)<<4u));
    hi[0i] = ((((words[1i]>>16u) & 255u)>>4u) | (((words[0i]>>18u) & 1u)<<4u));
    vals[2i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[18i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[1i]>>24u) & 255u) & 15u) | (((words[0i]>>3u) & 1u)<<4u));
    hi[0i] = ((((words[1i]>>24u) & 255u)>>4u) | (((words[0i]>>19u) & 1u)<<4u));
    vals[3i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[19i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[2i]>>0u) & 255u) & 15u) | (((words[0i]>>4u) & 1u)<<4u));
    hi[0i] = ((((words[2i]>>0u) & 255u)>>4u) | (((words[0i]>>20u) & 1u)<<4u));
    vals[4i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[20i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[2i]>>8u) & 255u) & 15u) | (((words[0i]>>5u) & 1u)<<4u));
    hi[0i] = ((((words[2i]>>8u) & 255u)>>4u) | (((words[0i]>>21u) & 1u)<<4u));
    vals[5i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[21i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[2i]>>16u) & 255u) & 15u) | (((words[0i]>>6u) & 1u)<<4u));
    hi[0i] = ((((words[2i]>>16u) & 255u)>>4u) | (((words[0i]>>22u) & 1u)<<4u));
    vals[6i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[22i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[2i]>>24u) & 255u) & 15u) | (((words[0i]>>7u) & 1u)<<4u));
    hi[0i] = ((((words[2i]>>24u) & 255u)>>4u) | (((words[0i]>>23u) & 1u)<<4u));
    vals[7i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[23i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[3i]>>0u) & 255u) & 15u) | (((words[0i]>>8u) & 1u)<<4u));
    hi[0i] = ((((words[3i]>>0u) & 255u)>>4u) | (((words[0i]>>24u) & 1u)<<4u));
    vals[8i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[24i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[3i]>>8u) & 255u) & 15u) | (((words[0i]>>9u) & 1u)<<4u));
    hi[0i] = ((((words[3i]>>8u) & 255u)>>4u) | (((words[0i]>>25u) & 1u)<<4u));
    vals[9i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[25i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[3i]>>16u) & 255u) & 15u) | (((words[0i]>>10u) & 1u)<<4u));
    hi[0i] = ((((words[3i]>>16u) & 255u)>>4u) | (((words[0i]>>26u) & 1u)<<4u));
    vals[10i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[26i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[3i]>>24u) & 255u) & 15u) | (((words[0i]>>11u) & 1u)<<4u));
    hi[0i] = ((((words[3i]>>24u) & 255u)>>4u) | (((words[0i]>>27u) & 1u)<<4u));
    vals[11i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[27i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[4i]>>0u) & 255u) & 15u) | (((words[0i]>>12u) & 1u)<<4u));
    hi[0i] = ((((words[4i]>>0u) & 255u)>>4u) | (((words[0i]>>28u) & 1u)<<4u));
    vals[12i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[28i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[4i]>>8u) & 255u) & 15u) | (((words[0i]>>13u) & 1u)<<4u));
    hi[0i] = ((((words[4i]>>8u) & 255u)>>4u) | (((words[0i]>>29u) & 1u)<<4u));
    vals[13i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[29i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[4i]>>16u) & 255u) & 15u) | (((words[0i]>>14u) & 1u)<<4u));
    hi[0i] = ((((words[4i]>>16u) & 255u)>>4u) | (((words[0i]>>30u) & 1u)<<4u));
    vals[14i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[30i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    lo[0i] = ((((words[4i]>>24u) & 255u) & 15u) | (((words[0i]>>15u) & 1u)<<4u));
    hi[0i] = ((((words[4i]>>24u) & 255u)>>4u) | (((words[0i]>>31u) & 1u)<<4u));
    vals[15i] = fma(d_1[0i], (bitcast<f32>((lo[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    vals[31i] = fma(d_1[0i], (bitcast<f32>((hi[0i] | 1258291200u)) - 8.388608e+06f), m_1[0i]);
    let cse_v1 : i32 = (v__1 * podArgs.d);
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


