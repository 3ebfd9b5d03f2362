// Function: add_bias_kernel
//----------------------------------------
// Function: add_bias_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> B_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  m: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn add_bias_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  j[0i] = ((i32(blockIdx.y) * 256i) + i32(threadIdx.x));
  if (j[0i] < podArgs.m) {
    let cse_v1 : i32 = (v__1 * podArgs.m);
    Y_ptr[((v__1 * podArgs.m) + j[0i])] = (Y_ptr[((v__1 * podArgs.m) + j[0i])] + B_ptr[j[0i]]);
  }
}


