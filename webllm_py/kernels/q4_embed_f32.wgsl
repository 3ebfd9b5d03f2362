// Function: q4_embed_f32_kernel
//----------------------------------------
// Function: q4_embed_f32_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> S_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(2) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(3) var<storage, read_write> out_ptr : array<f32>;

struct PODArgs {
  d: i32,
  groups: i32,
  n: i32,
  row0: i32,
  scale: f32,
  vocab: i32,
  words: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn q4_embed_f32_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  var r : array<i32, 1>;
  var word : array<u32, 1>;
  j[0i] = ((i32(blockIdx.y) * 256i) + i32(threadIdx.x));
  r[0i] = (ids_ptr[v__1] - podArgs.row0);
  if (((j[0i] < podArgs.d) && (0i <= r[0i])) && (r[0i] < podArgs.vocab)) {
    word[0i] = (W_ptr[((j[0i]>>3u) + (r[0i] * podArgs.words))]>>u32(((j[0i] & 7i) * 4i)));
    word[0i] = ((word[0i] & 15u) | 1258291200u);
    out_ptr[((v__1 * podArgs.d) + j[0i])] = (((bitcast<f32>(word[0i]) - 8.388615e+06f) * S_ptr[((j[0i]>>5u) + (r[0i] * podArgs.groups))]) * podArgs.scale);
  }
}


