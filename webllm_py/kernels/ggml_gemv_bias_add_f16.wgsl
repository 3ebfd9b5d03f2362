// Function: ggml_gemv_bias_add_f16_kernel
//----------------------------------------
// Function: ggml_gemv_bias_add_f16_kernel
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
fn ggml_gemv_bias_add_f16_kernel(
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
  var part : array<f32, 4>;
  var base : array<i32, 1>;
  var c : array<i32, 1>;
  var last : array<i32, 1>;
  var i : array<i32, 1>;
  var shift : array<u32, 1>;
  var mask : array<u32, 1>;
  var lo : array<u32, 1>;
  var hi : array<u32, 1>;
  var h : array<u32, 1>;
  var total : array<f32, 1>;
  k[0i] = podArgs.kx;
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    base[0i] = ((r[0i] * k[0i]) * 2i);
    for (var c0 : i32 = 0i; c0 < ((k[0i] + 1023i)>>10u); c0++) {
      c[0i] = ((c0 * 32i) + i32(threadIdx.x));
      if ((c[0i] * 32i) < k[0i]) {
        last[0i] = (podArgs.nw - 1i);
        i[0i] = (((c[0i] * 64i) + base[0i])>>2u);
        shift[0i] = u32(((((c[0i] * 64i) + base[0i]) & 2i)<<3u));
        mask[0i] = (0u - u32(((((c[0i] * 64i) + base[0i]) & 2i)>>1u)));
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
        lo[0i] = W_ptr[min((i[0i] + 8i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 9i), last[0i])];
        words[8i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 9i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 10i), last[0i])];
        words[9i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 10i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 11i), last[0i])];
        words[10i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 11i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 12i), last[0i])];
        words[11i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 12i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 13i), last[0i])];
        words[12i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 13i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 14i), last[0i])];
        words[13i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 14i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 15i), last[0i])];
        words[14i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 15i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 16i), last[0i])];
        words[15i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        h[0i] = ((words[0i]>>0u) & 65535u);
        vals[0i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32(((c[0i] * 32i) < k[0i])))));
        h[0i] = ((words[0i]>>16u) & 65535u);
        vals[1i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 1i) < k[0i])))));
        h[0i] = ((words[1i]>>0u) & 65535u);
        vals[2i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 2i) < k[0i])))));
        h[0i] = ((words[1i]>>16u) & 65535u);
        vals[3i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 3i) < k[0i])))));
        h[0i] = ((words[2i]>>0u) & 65535u);
        vals[4i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 4i) < k[0i])))));
        h[0i] = ((words[2i]>>16u) & 65535u);
        vals[5i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 5i) < k[0i])))));
        h[0i] = ((words[3i]>>0u) & 65535u);
        vals[6i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 6i) < k[0i])))));
        h[0i] = ((words[3i]>>16u) & 65535u);
        vals[7i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 7i) < k[0i])))));
        h[0i] = ((words[4i]>>0u) & 65535u);
        vals[8i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 8i) < k[0i])))));
        h[0i] = ((words[4i]>>16u) & 65535u);
        vals[9i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 9i) < k[0i])))));
        h[0i] = ((words[5i]>>0u) & 65535u);
        vals[10i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 10i) < k[0i])))));
        h[0i] = ((words[5i]>>16u) & 65535u);
        vals[11i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 11i) < k[0i])))));
        h[0i] = ((words[6i]>>0u) & 65535u);
        vals[12i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 12i) < k[0i])))));
        h[0i] = ((words[6i]>>16u) & 65535u);
        vals[13i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 13i) < k[0i])))));
        h[0i] = ((words[7i]>>0u) & 65535u);
        vals[14i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 14i) < k[0i])))));
        h[0i] = ((words[7i]>>16u) & 65535u);
        vals[15i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 15i) < k[0i])))));
        h[0i] = ((words[8i]>>0u) & 65535u);
        vals[16i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 16i) < k[0i])))));
        h[0i] = ((words[8i]>>16u) & 65535u);
        vals[17i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 17i) < k[0i])))));
        h[0i] = ((words[9i]>>0u) & 65535u);
        vals[18i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 18i) < k[0i])))));
        h[0i] = ((words[9i]>>16u) & 65535u);
        vals[19i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 19i) < k[0i])))));
        h[0i] = ((words[10i]>>0u) & 65535u);
        vals[20i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 20i) < k[0i])))));
        h[0i] = ((words[10i]>>16u) & 65535u);
        vals[21i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 21i) < k[0i])))));
        h[0i] = ((words[11i]>>0u) & 65535u);
        vals[22i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 22i) < k[0i])))));
        h[0i] = ((words[11i]>>16u) & 65535u);
        vals[23i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 23i) < k[0i])))));
        h[0i] = ((words[12i]>>0u) & 65535u);
        vals[24i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 24i) < k[0i])))));
        h[0i] = ((words[12i]>>16u) & 65535u);
        vals[25i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 25i) < k[0i])))));
        h[0i] = ((words[13i]>>0u) & 65535u);
        vals[26i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 26i) < k[0i])))));
        h[0i] = ((words[13i]>>16u) & 65535u);
        vals[27i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 27i) < k[0i])))));
        h[0i] = ((words[14i]>>0u) & 65535u);
        vals[28i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 28i) < k[0i])))));
        h[0i] = ((words[14i]>>16u) & 65535u);
        vals[29i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 29i) < k[0i])))));
        h[0i] = ((words[15i]>>0u) & 65535u);
        vals[30i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 30i) < k[0i])))));
        h[0i] = ((words[15i]>>16u) & 65535u);
        vals[31i] = bitcast<f32>((bitcast<u32>(bitcast<f32>((((h[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((h[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((h[0i] & 32767u)>>10u) < 1u)))) | (((((h[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((h[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((h[0i] & 32767u)>>10u) < 1u))))))))) & (0u - u32((((c[0i] * 32i) + 31i) < k[0i])))));
        let cse_v1 : i32 = (podArgs.row * podArgs.kx);
        xt[0i] = X_ptr[(min((c[0i] * 32i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[1i] = X_ptr[(min(((c[0i] * 32i) + 1i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[2i] = X_ptr[(min(((c[0i] * 32i) + 2i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[3i] = X_ptr[(min(((c[0i] * 32i) + 3i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[4i] = X_ptr[(min(((c[0i] * 32i) + 4i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[5i] = X_ptr[(min(((c[0i] * 32i) + 5i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[6i] = X_ptr[(min(((c[0i] * 32i) + 6i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[7i] = X_ptr[(min(((c[0i] * 32i) + 7i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[8i] = X_ptr[(min(((c[0i] * 32i) + 8i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[9i] = X_ptr[(min(((c[0i] * 32i) + 9i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[10i] = X_ptr[(min(((c[0i] * 32i) + 10i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[11i] = X_ptr[(min(((c[0i] * 32i) + 11i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[12i] = X_ptr[(min(((c[0i] * 32i) + 12i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[13i] = X_ptr[(min(((c[0i] * 32i) + 13i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[14i] = X_ptr[(min(((c[0i] * 32i) + 14i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[15i] = X_ptr[(min(((c[0i] * 32i) + 15i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[16i] = X_ptr[(min(((c[0i] * 32i) + 16i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[17i] = X_ptr[(min(((c[0i] * 32i) + 17i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[18i] = X_ptr[(min(((c[0i] * 32i) + 18i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[19i] = X_ptr[(min(((c[0i] * 32i) + 19i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[20i] = X_ptr[(min(((c[0i] * 32i) + 20i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[21i] = X_ptr[(min(((c[0i] * 32i) + 21i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[22i] = X_ptr[(min(((c[0i] * 32i) + 22i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[23i] = X_ptr[(min(((c[0i] * 32i) + 23i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[24i] = X_ptr[(min(((c[0i] * 32i) + 24i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[25i] = X_ptr[(min(((c[0i] * 32i) + 25i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[26i] = X_ptr[(min(((c[0i] * 32i) + 26i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[27i] = X_ptr[(min(((c[0i] * 32i) + 27i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[28i] = X_ptr[(min(((c[0i] * 32i) + 28i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[29i] = X_ptr[(min(((c[0i] * 32i) + 29i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[30i] = X_ptr[(min(((c[0i] * 32i) + 30i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[31i] = X_ptr[(min(((c[0i] * 32i) + 31i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
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


