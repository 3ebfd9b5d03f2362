// Function: ggml_gemv_layer_q8_0_kernel
//----------------------------------------
// Function: ggml_gemv_layer_q8_0_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> Nb_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> Nw_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(3) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(4) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  eps: f32,
  kx: i32,
  m: i32,
  nw: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

var<workgroup> flat : array<f32, 128>;
@compute @workgroup_size(32, 4, 1)
fn ggml_gemv_layer_q8_0_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var k : array<i32, 1>;
  var stat : array<f32, 2>;
  var tmp : array<f32, 2>;
  var j : array<i32, 1>;
  var j_1 : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var words : array<u32, 8>;
  var vals : array<f32, 32>;
  var xt : array<f32, 32>;
  var part : array<f32, 4>;
  var base : array<i32, 1>;
  var c : array<i32, 1>;
  var off : array<i32, 1>;
  var hd : array<u32, 1>;
  var d : array<f32, 1>;
  var last : array<i32, 1>;
  var i : array<i32, 1>;
  var shift : array<u32, 1>;
  var mask : array<u32, 1>;
  var lo : array<u32, 1>;
  var hi : array<u32, 1>;
  var total : array<f32, 1>;
  k[0i] = podArgs.kx;
  stat[1i] = 0.000000e+00f;
  tmp[1i] = 0.000000e+00f;
  let cse_v1 : i32 = (i32(threadIdx.y) * 32i);
  let cse_v2 : i32 = (podArgs.row * podArgs.kx);
  for (var j0 : i32 = 0i; j0 < ((k[0i] + 127i)>>7u); j0++) {
    j[0i] = (((j0 * 128i) + (i32(threadIdx.y) * 32i)) + i32(threadIdx.x));
    if (j[0i] < k[0i]) {
      tmp[0i] = X_ptr[((podArgs.row * podArgs.kx) + j[0i])];
      tmp[1i] = (tmp[1i] + tmp[0i]);
    }
  }
  let cse_v3 : i32 = ((i32(threadIdx.y) * 32i) + i32(threadIdx.x));
  flat[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = tmp[1i];
  workgroupBarrier();
  let cse_v4 : i32 = ((i32(threadIdx.y) * 4i) + (i32(threadIdx.x)>>3u));
  let cse_v5 : i32 = ((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i));
  let cse_v7 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 1i);
  let cse_v8 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 2i);
  let cse_v9 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 3i);
  let cse_v10 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 4i);
  let cse_v11 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 5i);
  let cse_v12 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 6i);
  let cse_v13 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 7i);
  let cse_v14 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 8i);
  let cse_v15 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 9i);
  let cse_v16 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 10i);
  let cse_v17 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 11i);
  let cse_v18 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 12i);
  let cse_v19 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 13i);
  let cse_v20 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 14i);
  let cse_v21 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 15i);
  if (((i32(threadIdx.y) * 4i) + (i32(threadIdx.x)>>3u)) < 1i) {
    flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] = (((((((((((((((flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 1i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 2i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 3i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 4i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 5i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 6i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 7i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 8i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 9i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 10i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 11i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 12i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 13i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 14i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 15i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((flat[0i] + flat[16i]) + flat[32i]) + flat[48i]) + flat[64i]) + flat[80i]) + flat[96i]) + flat[112i]);
  }
  workgroupBarrier();
  stat[1i] = (flat[0i] / f32(k[0i]));
  workgroupBarrier();
  tmp[1i] = 0.000000e+00f;
  for (var j0_1 : i32 = 0i; j0_1 < ((k[0i] + 127i)>>7u); j0_1++) {
    j_1[0i] = (((j0_1 * 128i) + (i32(threadIdx.y) * 32i)) + i32(threadIdx.x));
    if (j_1[0i] < k[0i]) {
      tmp[0i] = X_ptr[((podArgs.row * podArgs.kx) + j_1[0i])];
      tmp[1i] = fma((tmp[0i] - stat[1i]), (tmp[0i] - stat[1i]), tmp[1i]);
    }
  }
  flat[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = tmp[1i];
  workgroupBarrier();
  if (((i32(threadIdx.y) * 4i) + (i32(threadIdx.x)>>3u)) < 1i) {
    flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] = (((((((((((((((flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 1i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 2i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 3i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 4i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 5i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 6i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 7i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 8i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 9i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 10i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 11i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 12i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 13i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 14i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 15i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((flat[0i] + flat[16i]) + flat[32i]) + flat[48i]) + flat[64i]) + flat[80i]) + flat[96i]) + flat[112i]);
  }
  workgroupBarrier();
  stat[0i] = (1.000000e+00f / sqrt(((flat[0i] / f32(k[0i])) + podArgs.eps)));
  workgroupBarrier();
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    base[0i] = ((r[0i] * (k[0i]>>5u)) * 34i);
    for (var c0 : i32 = 0i; c0 < ((k[0i] + 1023i)>>10u); c0++) {
      c[0i] = ((c0 * 32i) + i32(threadIdx.x));
      if ((c[0i] * 32i) < k[0i]) {
        off[0i] = ((c[0i] * 34i) + base[0i]);
        hd[0i] = ((W_ptr[(off[0i]>>2u)]>>u32(((off[0i] & 2i)<<3u))) & 65535u);
        d[0i] = bitcast<f32>((((hd[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((hd[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((hd[0i] & 32767u)>>10u) < 1u)))) | (((((hd[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((hd[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((hd[0i] & 32767u)>>10u) < 1u))))))));
        last[0i] = (podArgs.nw - 1i);
        i[0i] = ((off[0i] + 2i)>>2u);
        shift[0i] = u32((((off[0i] + 2i) & 2i)<<3u));
        mask[0i] = (0u - u32((((off[0i] + 2i) & 2i)>>1u)));
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
        vals[0i] = ((bitcast<f32>(((((words[0i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[1i] = ((bitcast<f32>(((((words[0i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[2i] = ((bitcast<f32>(((((words[0i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[3i] = ((bitcast<f32>(((((words[0i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[4i] = ((bitcast<f32>(((((words[1i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[5i] = ((bitcast<f32>(((((words[1i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[6i] = ((bitcast<f32>(((((words[1i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[7i] = ((bitcast<f32>(((((words[1i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[8i] = ((bitcast<f32>(((((words[2i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[9i] = ((bitcast<f32>(((((words[2i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[10i] = ((bitcast<f32>(((((words[2i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[11i] = ((bitcast<f32>(((((words[2i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[12i] = ((bitcast<f32>(((((words[3i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[13i] = ((bitcast<f32>(((((words[3i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[14i] = ((bitcast<f32>(((((words[3i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[15i] = ((bitcast<f32>(((((words[3i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[16i] = ((bitcast<f32>(((((words[4i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[17i] = ((bitcast<f32>(((((words[4i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[18i] = ((bitcast<f32>(((((words[4i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[19i] = ((bitcast<f32>(((((words[4i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[20i] = ((bitcast<f32>(((((words[5i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[21i] = ((bitcast<f32>(((((words[5i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[22i] = ((bitcast<f32>(((((words[5i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[23i] = ((bitcast<f32>(((((words[5i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[24i] = ((bitcast<f32>(((((words[6i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[25i] = ((bitcast<f32>(((((words[6i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[26i] = ((bitcast<f32>(((((words[6i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[27i] = ((bitcast<f32>(((((words[6i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[28i] = ((bitcast<f32>(((((words[7i]>>0u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[29i] = ((bitcast<f32>(((((words[7i]>>8u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[30i] = ((bitcast<f32>(((((words[7i]>>16u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        vals[31i] = ((bitcast<f32>(((((words[7i]>>24u) & 255u) ^ 128u) | 1258291200u)) - 8.388736e+06f) * d[0i]);
        xt[0i] = X_ptr[(min((c[0i] * 32i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[0i] = fma(((xt[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((c[0i] * 32i), (k[0i] - 1i))], Nb_ptr[min((c[0i] * 32i), (k[0i] - 1i))]);
        xt[1i] = X_ptr[(min(((c[0i] * 32i) + 1i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[1i] = fma(((xt[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 1i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 1i), (k[0i] - 1i))]);
        xt[2i] = X_ptr[(min(((c[0i] * 32i) + 2i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[2i] = fma(((xt[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 2i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 2i), (k[0i] - 1i))]);
        xt[3i] = X_ptr[(min(((c[0i] * 32i) + 3i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[3i] = fma(((xt[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 3i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 3i), (k[0i] - 1i))]);
        xt[4i] = X_ptr[(min(((c[0i] * 32i) + 4i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[4i] = fma(((xt[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 4i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 4i), (k[0i] - 1i))]);
        xt[5i] = X_ptr[(min(((c[0i] * 32i) + 5i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[5i] = fma(((xt[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 5i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 5i), (k[0i] - 1i))]);
        xt[6i] = X_ptr[(min(((c[0i] * 32i) + 6i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[6i] = fma(((xt[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 6i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 6i), (k[0i] - 1i))]);
        xt[7i] = X_ptr[(min(((c[0i] * 32i) + 7i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[7i] = fma(((xt[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 7i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 7i), (k[0i] - 1i))]);
        xt[8i] = X_ptr[(min(((c[0i] * 32i) + 8i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[8i] = fma(((xt[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 8i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 8i), (k[0i] - 1i))]);
        xt[9i] = X_ptr[(min(((c[0i] * 32i) + 9i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[9i] = fma(((xt[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 9i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 9i), (k[0i] - 1i))]);
        xt[10i] = X_ptr[(min(((c[0i] * 32i) + 10i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[10i] = fma(((xt[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 10i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 10i), (k[0i] - 1i))]);
        xt[11i] = X_ptr[(min(((c[0i] * 32i) + 11i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[11i] = fma(((xt[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 11i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 11i), (k[0i] - 1i))]);
        xt[12i] = X_ptr[(min(((c[0i] * 32i) + 12i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[12i] = fma(((xt[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 12i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 12i), (k[0i] - 1i))]);
        xt[13i] = X_ptr[(min(((c[0i] * 32i) + 13i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[13i] = fma(((xt[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 13i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 13i), (k[0i] - 1i))]);
        xt[14i] = X_ptr[(min(((c[0i] * 32i) + 14i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[14i] = fma(((xt[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 14i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 14i), (k[0i] - 1i))]);
        xt[15i] = X_ptr[(min(((c[0i] * 32i) + 15i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[15i] = fma(((xt[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 15i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 15i), (k[0i] - 1i))]);
        xt[16i] = X_ptr[(min(((c[0i] * 32i) + 16i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[16i] = fma(((xt[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 16i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 16i), (k[0i] - 1i))]);
        xt[17i] = X_ptr[(min(((c[0i] * 32i) + 17i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[17i] = fma(((xt[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 17i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 17i), (k[0i] - 1i))]);
        xt[18i] = X_ptr[(min(((c[0i] * 32i) + 18i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[18i] = fma(((xt[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 18i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 18i), (k[0i] - 1i))]);
        xt[19i] = X_ptr[(min(((c[0i] * 32i) + 19i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[19i] = fma(((xt[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 19i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 19i), (k[0i] - 1i))]);
        xt[20i] = X_ptr[(min(((c[0i] * 32i) + 20i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[20i] = fma(((xt[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 20i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 20i), (k[0i] - 1i))]);
        xt[21i] = X_ptr[(min(((c[0i] * 32i) + 21i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[21i] = fma(((xt[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 21i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 21i), (k[0i] - 1i))]);
        xt[22i] = X_ptr[(min(((c[0i] * 32i) + 22i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[22i] = fma(((xt[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 22i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 22i), (k[0i] - 1i))]);
        xt[23i] = X_ptr[(min(((c[0i] * 32i) + 23i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[23i] = fma(((xt[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 23i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 23i), (k[0i] - 1i))]);
        xt[24i] = X_ptr[(min(((c[0i] * 32i) + 24i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[24i] = fma(((xt[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 24i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 24i), (k[0i] - 1i))]);
        xt[25i] = X_ptr[(min(((c[0i] * 32i) + 25i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[25i] = fma(((xt[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 25i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 25i), (k[0i] - 1i))]);
        xt[26i] = X_ptr[(min(((c[0i] * 32i) + 26i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[26i] = fma(((xt[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 26i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 26i), (k[0i] - 1i))]);
        xt[27i] = X_ptr[(min(((c[0i] * 32i) + 27i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[27i] = fma(((xt[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 27i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 27i), (k[0i] - 1i))]);
        xt[28i] = X_ptr[(min(((c[0i] * 32i) + 28i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[28i] = fma(((xt[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 28i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 28i), (k[0i] - 1i))]);
        xt[29i] = X_ptr[(min(((c[0i] * 32i) + 29i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[29i] = fma(((xt[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 29i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 29i), (k[0i] - 1i))]);
        xt[30i] = X_ptr[(min(((c[0i] * 32i) + 30i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[30i] = fma(((xt[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 30i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 30i), (k[0i] - 1i))]);
        xt[31i] = X_ptr[(min(((c[0i] * 32i) + 31i), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
        xt[31i] = fma(((xt[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((c[0i] * 32i) + 31i), (k[0i] - 1i))], Nb_ptr[min(((c[0i] * 32i) + 31i), (k[0i] - 1i))]);
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
  flat[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v6 : i32 = ((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i));
    flat[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] = (((((((flat[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 1i)]) + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 2i)]) + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 3i)]) + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 4i)]) + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 5i)]) + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 6i)]) + flat[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 7i)]);
  }
  workgroupBarrier();
  total[0i] = (((flat[(i32(threadIdx.y) * 32i)] + flat[((i32(threadIdx.y) * 32i) + 8i)]) + flat[((i32(threadIdx.y) * 32i) + 16i)]) + flat[((i32(threadIdx.y) * 32i) + 24i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = total[0i];
  }
}


