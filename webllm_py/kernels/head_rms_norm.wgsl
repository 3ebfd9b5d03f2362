// Function: head_rms_norm_kernel
//----------------------------------------
// Function: head_rms_norm_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> Wk_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> Wq_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> qkv_ptr : array<f32>;

struct PODArgs {
  eps: f32,
  hd: i32,
  hkv: i32,
  hq: i32,
  n: i32,
  width: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn head_rms_norm_kernel(
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
  let cse_v2 : i32 = ((podArgs.hd + 63i)>>6u);
  let cse_v3 : i32 = ((v__1 * podArgs.width) + (i32(blockIdx.y) * podArgs.hd));
  for (var j0 : i32 = 0i; j0 < ((podArgs.hd + 63i)>>6u); j0++) {
    j[0i] = ((j0 * 64i) + i32(threadIdx.x));
    if (j[0i] < podArgs.hd) {
      acc[0i] = fma(qkv_ptr[(((v__1 * podArgs.width) + (i32(blockIdx.y) * podArgs.hd)) + j[0i])], qkv_ptr[(((v__1 * podArgs.width) + (i32(blockIdx.y) * podArgs.hd)) + j[0i])], acc[0i]);
    }
  }
  red[i32(threadIdx.x)] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    let cse_v1 : i32 = (i32(threadIdx.x) * 8i);
    red[(i32(threadIdx.x) * 8i)] = (((((((red[(i32(threadIdx.x) * 8i)] + red[((i32(threadIdx.x) * 8i) + 1i)]) + red[((i32(threadIdx.x) * 8i) + 2i)]) + red[((i32(threadIdx.x) * 8i) + 3i)]) + red[((i32(threadIdx.x) * 8i) + 4i)]) + red[((i32(threadIdx.x) * 8i) + 5i)]) + red[((i32(threadIdx.x) * 8i) + 6i)]) + red[((i32(threadIdx.x) * 8i) + 7i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    red[0i] = (((((((red[0i] + red[8i]) + red[16i]) + red[24i]) + red[32i]) + red[40i]) + red[48i]) + red[56i]);
  }
  workgroupBarrier();
  inv_rms[0i] = (1.000000e+00f / sqrt(((red[0i] / f32(podArgs.hd)) + podArgs.eps)));
  for (var j0_1 : i32 = 0i; j0_1 < ((podArgs.hd + 63i)>>6u); j0_1++) {
    j_1[0i] = ((j0_1 * 64i) + i32(threadIdx.x));
    if (j_1[0i] < podArgs.hd) {
      var condval : f32;
      if ((i32(blockIdx.y) < podArgs.hq)) {
        condval = Wq_ptr[j_1[0i]];
} else {
        condval = Wk_ptr[j_1[0i]];
}
      qkv_ptr[(((v__1 * podArgs.width) + (i32(blockIdx.y) * podArgs.hd)) + j_1[0i])] = ((qkv_ptr[(((v__1 * podArgs.width) + (i32(blockIdx.y) * podArgs.hd)) + j_1[0i])] * inv_rms[0i]) * condval);
    }
  }
}


