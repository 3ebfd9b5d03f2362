// Function: apply_token_mask_kernel
//----------------------------------------
// Function: apply_token_mask_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> logits_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> mask_ptr : array<i32>;

struct PODArgs {
  row: i32,
  vocab: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn apply_token_mask_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  j[0i] = ((v__1 * 256i) + i32(threadIdx.x));
  if (j[0i] < podArgs.vocab) {
    if (((mask_ptr[(j[0i]>>5u)]>>u32((j[0i] & 31i))) & 1i) == 0i) {
      logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])] = -3.402823e+38f;
    }
  }
}


