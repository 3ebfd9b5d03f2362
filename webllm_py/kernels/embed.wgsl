// Function: embed_kernel
//----------------------------------------
// Function: embed_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> table_ptr : array<f32>;

struct PODArgs {
  d: i32,
  n: i32,
  row0: i32,
  scale: f32,
  vocab: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn embed_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  var r : array<i32, 1>;
  j[0i] = ((i32(blockIdx.y) * 256i) + i32(threadIdx.x));
  r[0i] = (ids_ptr[v__1] - podArgs.row0);
  if (((j[0i] < podArgs.d) && (0i <= r[0i])) && (r[0i] < podArgs.vocab)) {
    out_ptr[((v__1 * podArgs.d) + j[0i])] = (table_ptr[((r[0i] * podArgs.d) + j[0i])] * podArgs.scale);
  }
}


