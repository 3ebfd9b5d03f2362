// Function: rms_norm_kernel
//----------------------------------------
// Function: rms_norm_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> Wt_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  d: i32,
  eps: f32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn rms_norm_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var acc : array<f32, 1>;
  var j : array<i32, 1>;
  var inv_rms : array<f32, 1>;
  var j_1 : array<i32, 1>;
  acc[0i] = 0.000000e+00f;
  let cse_v2 : i32 = (v__1 * podArgs.d);
  let cse_v4 : i32 = ((podArgs.d + 255i)>>8u);
  for (var j0 : i32 = 0i; j0 < ((podArgs.d + 255i)>>8u); j0++) {
    j[0i] = ((j0 * 256i) + i32(threadIdx.x));
    if (j[0i] < podArgs.d) {
      acc[0i] = fma(X_ptr[((v__1 * podArgs.d) + j[0i])], X_ptr[((v__1 * podArgs.d) + j[0i])], acc[0i]);
    }
  }
  red[i32(threadIdx.x)] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 16i) {
    let cse_v3 : i32 = (i32(threadIdx.x) * 16i);
    red[(i32(threadIdx.x) * 16i)] = (((((((((((((((red[(i32(threadIdx.x) * 16i)] + red[((i32(threadIdx.x) * 16i) + 1i)]) + red[((i32(threadIdx.x) * 16i) + 2i)]) + red[((i32(threadIdx.x) * 16i) + 3i)]) + red[((i32(threadIdx.x) * 16i) + 4i)]) + red[((i32(threadIdx.x) * 16i) + 5i)]) + red[((i32(threadIdx.x) * 16i) + 6i)]) + red[((i32(threadIdx.x) * 16i) + 7i)]) + red[((i32(threadIdx.x) * 16i) + 8i)]) + red[((i32(threadIdx.x) * 16i) + 9i)]) + red[((i32(threadIdx.x) * 16i) + 10i)]) + red[((i32(threadIdx.x) * 16i) + 11i)]) + red[((i32(threadIdx.x) * 16i) + 12i)]) + red[((i32(threadIdx.x) * 16i) + 13i)]) + red[((i32(threadIdx.x) * 16i) + 14i)]) + red[((i32(threadIdx.x) * 16i) + 15i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    red[0i] = (((((((((((((((red[0i] + red[16i]) + red[32i]) + red[48i]) + red[64i]) + red[80i]) + red[96i]) + red[112i]) + red[128i]) + red[144i]) + red[160i]) + red[176i]) + red[192i]) + red[208i]) + red[224i]) + red[240i]);
  }
  workgroupBarrier();
  inv_rms[0i] = (1.000000e+00f / sqrt(((red[0i] / f32(podArgs.d)) + podArgs.eps)));
  for (var j0_1 : i32 = 0i; j0_1 < ((podArgs.d + 255i)>>8u); j0_1++) {
    j_1[0i] = ((j0_1 * 256i) + i32(threadIdx.x));
    if (j_1[0i] < podArgs.d) {
      Y_ptr[((v__1 * podArgs.d) + j_1[0i])] = ((X_ptr[((v__1 * podArgs.d) + j_1[0i])] * inv_rms[0i]) * Wt_ptr[j_1[0i]]);
    }
  }
}


