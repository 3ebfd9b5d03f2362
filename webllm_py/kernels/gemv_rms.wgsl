// Function: gemv_rms_kernel
//----------------------------------------
// Function: gemv_rms_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> Nw_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> W_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  eps: f32,
  k: i32,
  kx: i32,
  m: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> flat : array<f32, 64>;
@compute @workgroup_size(16, 4, 1)
fn gemv_rms_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var stat : array<f32, 2>;
  var tmp : array<f32, 2>;
  var j : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var xt : array<f32, 1>;
  var c : array<i32, 1>;
  var total : array<f32, 1>;
  stat[1i] = 0.000000e+00f;
  tmp[1i] = 0.000000e+00f;
  let cse_v1 : i32 = (i32(threadIdx.y) * 16i);
  let cse_v2 : i32 = (podArgs.row * podArgs.kx);
  for (var j0 : i32 = 0i; j0 < ((podArgs.k + 63i)>>6u); j0++) {
    j[0i] = (((j0 * 64i) + (i32(threadIdx.y) * 16i)) + i32(threadIdx.x));
    if (j[0i] < podArgs.k) {
      tmp[0i] = X_ptr[((podArgs.row * podArgs.kx) + j[0i])];
      tmp[1i] = fma((tmp[0i] - stat[1i]), (tmp[0i] - stat[1i]), tmp[1i]);
    }
  }
  let cse_v3 : i32 = ((i32(threadIdx.y) * 16i) + i32(threadIdx.x));
  flat[((i32(threadIdx.y) * 16i) + i32(threadIdx.x))] = tmp[1i];
  workgroupBarrier();
  if (((i32(threadIdx.y) * 2i) + (i32(threadIdx.x)>>3u)) < 1i) {
    let cse_v4 : i32 = ((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i));
    flat[((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i))] = (((((((flat[((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i))] + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 1i)]) + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 2i)]) + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 3i)]) + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 4i)]) + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 5i)]) + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 6i)]) + flat[(((i32(threadIdx.y) * 128i) + (i32(threadIdx.x) * 8i)) + 7i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 16i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((flat[0i] + flat[8i]) + flat[16i]) + flat[24i]) + flat[32i]) + flat[40i]) + flat[48i]) + flat[56i]);
  }
  workgroupBarrier();
  stat[0i] = (1.000000e+00f / sqrt(((flat[0i] / f32(podArgs.k)) + podArgs.eps)));
  workgroupBarrier();
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var kk : i32 = 0i; kk < ((podArgs.k + 15i)>>4u); kk++) {
      c[0i] = ((kk * 16i) + i32(threadIdx.x));
      if (c[0i] < podArgs.k) {
        xt[0i] = X_ptr[((podArgs.row * podArgs.kx) + c[0i])];
        xt[0i] = ((xt[0i] * stat[0i]) * Nw_ptr[c[0i]]);
        acc[0i] = fma(W_ptr[((r[0i] * podArgs.k) + c[0i])], xt[0i], acc[0i]);
      }
    }
  }
  flat[((i32(threadIdx.y) * 16i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v5 : i32 = ((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i));
    flat[((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i))] = (((flat[((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i))] + flat[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 1i)]) + flat[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 2i)]) + flat[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 3i)]);
  }
  workgroupBarrier();
  total[0i] = (((flat[(i32(threadIdx.y) * 16i)] + flat[((i32(threadIdx.y) * 16i) + 4i)]) + flat[((i32(threadIdx.y) * 16i) + 8i)]) + flat[((i32(threadIdx.y) * 16i) + 12i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = total[0i];
  }
}


