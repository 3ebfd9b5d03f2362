// Function: gemv_bias_add_kernel
//----------------------------------------
// Function: gemv_bias_add_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> B_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> W_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  k: i32,
  kx: i32,
  m: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 64>;
@compute @workgroup_size(16, 4, 1)
fn gemv_bias_add_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var xt : array<f32, 1>;
  var c : array<i32, 1>;
  var total : array<f32, 1>;
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var kk : i32 = 0i; kk < ((podArgs.k + 15i)>>4u); kk++) {
      c[0i] = ((kk * 16i) + i32(threadIdx.x));
      if (c[0i] < podArgs.k) {
        xt[0i] = X_ptr[((podArgs.row * podArgs.kx) + c[0i])];
        acc[0i] = fma(W_ptr[((r[0i] * podArgs.k) + c[0i])], xt[0i], acc[0i]);
      }
    }
  }
  let cse_v1 : i32 = (i32(threadIdx.y) * 16i);
  red[((i32(threadIdx.y) * 16i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v2 : i32 = ((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i));
    red[((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i))] = (((red[((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i))] + red[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 1i)]) + red[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 2i)]) + red[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 3i)]);
  }
  workgroupBarrier();
  total[0i] = (((red[(i32(threadIdx.y) * 16i)] + red[((i32(threadIdx.y) * 16i) + 4i)]) + red[((i32(threadIdx.y) * 16i) + 8i)]) + red[((i32(threadIdx.y) * 16i) + 12i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = (Y_ptr[(podArgs.col0 + r[0i])] + (total[0i] + B_ptr[(podArgs.col0 + r[0i])]));
  }
}


