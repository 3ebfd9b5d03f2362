// Function: fill_bits_kernel
//----------------------------------------
// Function: fill_bits_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> out_ptr : array<u32>;

struct PODArgs {
  bits: i32,
  mask: i32,
  n: i32,
  seed: i32,
  packGridDimX: u32
}
@group(0) @binding(1) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn fill_bits_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var i : array<i32, 1>;
  var h : array<u32, 1>;
  i[0i] = ((v__1 * 256i) + i32(threadIdx.x));
  if (i[0i] < podArgs.n) {
    h[0i] = ((u32(i[0i]) * 2654435761u) + u32(podArgs.seed));
    h[0i] = (h[0i] ^ (h[0i]>>16u));
    h[0i] = (h[0i] * 2246822507u);
    h[0i] = (h[0i] ^ (h[0i]>>13u));
    h[0i] = (h[0i] * 3266489909u);
    h[0i] = (h[0i] ^ (h[0i]>>16u));
    out_ptr[i[0i]] = ((h[0i] & u32(podArgs.mask)) | u32(podArgs.bits));
  }
}


