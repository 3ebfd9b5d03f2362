// Function: ggml_gemv_act_gelu_bias_add_q6_k_kernel
//----------------------------------------
// Function: ggml_gemv_act_gelu_bias_add_q6_k_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> B_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(2) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  kx: i32,
  m: i32,
  nw: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 128>;
@compute @workgroup_size(32, 4, 1)
fn ggml_gemv_act_gelu_bias_add_q6_k_kernel(
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
  var tmp : array<f32, 1>;
  var part : array<f32, 4>;
  var base : array<i32, 1>;
  var c : array<i32, 1>;
  var off : array<i32, 1>;
  var j : array<i32, 1>;
  var h : array<i32, 1>;
  var hd : array<u32, 1>;
  var d : array<f32, 1>;
  var d0 : array<f32, 1>;
  var d1 : array<f32, 1>;
  var shift_low : array<u32, 1>;
  var shift_high : array<u32, 1>;
  var last : array<i32, 1>;
  var i : array<i32, 1>;
  var shift : array<u32, 1>;
  var mask : array<u32, 1>;
  var lo : array<u32, 1>;
  var hi : array<u32, 1>;
  var last_1 : array<i32, 1>;
  var i_1 : array<i32, 1>;
  var shift_1 : array<u32, 1>;
  var mask_1 : array<u32, 1>;
  var lo_1 : array<u32, 1>;
  var hi_1 : array<u32, 1>;
  var low : array<u32, 1>;
  var high : array<u32, 1>;
  var total : array<f32, 1>;
  k[0i] = podArgs.kx;
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    base[0i] = ((r[0i] * (k[0i]>>8u)) * 210i);
    for (var c0 : i32 = 0i; c0 < ((k[0i] + 1023i)>>10u); c0++) {
      c[0i] = ((c0 * 32i) + i32(threadIdx.x));
      if ((c[0i] * 32i) < k[0i]) {
        off[0i] = (((c[0i]>>3u) * 210i) + base[0i]);
        j[0i] = (c[0i] & 7i);
        h[0i] = (j[0i]>>2u);
        hd[0i] = ((W_ptr[((off[0i] + 208i)>>2u)]>>u32((((off[0i] + 208i) & 2i)<<3u))) & 65535u);
        d[0i] = bitcast<f32>((((hd[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((hd[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((hd[0i] & 32767u)>>10u) < 1u)))) | (((((hd[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((hd[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((hd[0i] & 32767u)>>10u) < 1u))))))));
        d0[0i] = (d[0i] * (bitcast<f32>(((((W_ptr[((((j[0i] * 2i) + off[0i]) + 192i)>>2u)]>>u32((((((j[0i] * 2i) + off[0i]) + 192i) & 3i)<<3u))) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f));
        d1[0i] = (d[0i] * (bitcast<f32>(((((W_ptr[((((j[0i] * 2i) + off[0i]) + 193i)>>2u)]>>u32((((((j[0i] * 2i) + off[0i]) + 193i) & 3i)<<3u))) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f));
        shift_low[0i] = u32((((j[0i]>>1u) & 1i)<<2u));
        shift_high[0i] = u32(((j[0i] & 3i)<<1u));
        let cse_v1 : i32 = (podArgs.nw - 1i);
        last[0i] = (podArgs.nw - 1i);
        i[0i] = ((((h[0i] * 64i) + ((j[0i] & 1i) * 32i)) + off[0i])>>2u);
        shift[0i] = u32((((((h[0i] * 64i) + ((j[0i] & 1i) * 32i)) + off[0i]) & 2i)<<3u));
        mask[0i] = (0u - u32((((((h[0i] * 64i) + ((j[0i] & 1i) * 32i)) + off[0i]) & 2i)>>1u)));
        lo[0i] = W_ptr[min(i[0i], last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 1i), last[0i])];
        words[0i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 1i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 2i), last[0i])];
        words[1i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 2i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 3i), last[0i])];
        words[2i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 3i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 4i), last[0i])];
        words[3i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 4i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 5i), last[0i])];
        words[4i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 5i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 6i), last[0i])];
        words[5i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 6i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 7i), last[0i])];
        words[6i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 7i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 8i), last[0i])];
        words[7i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        last_1[0i] = (podArgs.nw - 1i);
        i_1[0i] = ((((h[0i] * 32i) + off[0i]) + 128i)>>2u);
        shift_1[0i] = u32((((((h[0i] * 32i) + off[0i]) + 128i) & 2i)<<3u));
        mask_1[0i] = (0u - u32((((((h[0i] * 32i) + off[0i]) + 128i) & 2i)>>1u)));
        lo_1[0i] = W_ptr[min(i_1[0i], last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 1i), last_1[0i])];
        words[8i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 1i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 2i), last_1[0i])];
        words[9i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 2i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 3i), last_1[0i])];
        words[10i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 3i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 4i), last_1[0i])];
        words[11i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 4i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 5i), last_1[0i])];
        words[12i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 5i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 6i), last_1[0i])];
        words[13i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 6i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 7i), last_1[0i])];
        words[14i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        lo_1[0i] = W_ptr[min((i_1[0i] + 7i), last_1[0i])];
        hi_1[0i] = W_ptr[min((i_1[0i] + 8i), last_1[0i])];
        words[15i] = ((lo_1[0i]>>shift_1[0i]) | ((hi_1[0i]<<16u) & mask_1[0i]));
        low[0i] = ((((words[0i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[8i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[0i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[0i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[8i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[1i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[0i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[8i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[2i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[0i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[8i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[3i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[1i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[9i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[4i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[1i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[9i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[5i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[1i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[9i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[6i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[1i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[9i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[7i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[2i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[10i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[8i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[2i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[10i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[9i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[2i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[10i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[10i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[2i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[10i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[11i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[3i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[11i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[12i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[3i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[11i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[13i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[3i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[11i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[14i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[3i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[11i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[15i] = (d0[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[4i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[12i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[16i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[4i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[12i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[17i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[4i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[12i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[18i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[4i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[12i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[19i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[5i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[13i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[20i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[5i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[13i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[21i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[5i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[13i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[22i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[5i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[13i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[23i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[6i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[14i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[24i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[6i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[14i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[25i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[6i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[14i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[26i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[6i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[14i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[27i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[7i]>>0u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[15i]>>0u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[28i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[7i]>>8u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[15i]>>8u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[29i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[7i]>>16u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[15i]>>16u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[30i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        low[0i] = ((((words[7i]>>24u) & 255u)>>shift_low[0i]) & 15u);
        high[0i] = (((((words[15i]>>24u) & 255u)>>shift_high[0i]) & 3u)<<4u);
        vals[31i] = (d1[0i] * (bitcast<f32>(((low[0i] | high[0i]) | 1258291200u)) - 8.388640e+06f));
        for (var e : i32 = 0i; e < 32i; e++) {
          xt[e] = X_ptr[(min(((c[0i] * 32i) + e), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
          tmp[0i] = (xt[e] * 7.071068e-01f);
          var condval : f32;
          if ((tmp[0i] < 0.000000e+00f)) {
            condval = ((1.000000e+00f - ((fma(fma(fma(fma(1.061405e+00f, (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), -1.453152e+00f), (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), 1.421414e+00f), (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), -2.844967e-01f), (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), 2.548296e-01f) * (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f))) * exp(((abs(tmp[0i]) * -1.000000e+00f) * abs(tmp[0i]))))) * -1.000000e+00f);
} else {
            condval = (1.000000e+00f - ((fma(fma(fma(fma(1.061405e+00f, (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), -1.453152e+00f), (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), 1.421414e+00f), (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), -2.844967e-01f), (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f)), 2.548296e-01f) * (1.000000e+00f / fma(3.275911e-01f, abs(tmp[0i]), 1.000000e+00f))) * exp(((abs(tmp[0i]) * -1.000000e+00f) * abs(tmp[0i])))));
}
          xt[e] = ((5.000000e-01f * xt[e]) * (1.000000e+00f + condval));
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
  let cse_v2 : i32 = (i32(threadIdx.y) * 32i);
  red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v3 : i32 = ((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i));
    red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] = (((((((red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 1i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 2i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 3i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 4i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 5i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 6i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 7i)]);
  }
  workgroupBarrier();
  total[0i] = (((red[(i32(threadIdx.y) * 32i)] + red[((i32(threadIdx.y) * 32i) + 8i)]) + red[((i32(threadIdx.y) * 32i) + 16i)]) + red[((i32(threadIdx.y) * 32i) + 24i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = (Y_ptr[(podArgs.col0 + r[0i])] + (total[0i] + B_ptr[(podArgs.col0 + r[0i])]));
  }
}


