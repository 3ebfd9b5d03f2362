// Function: silu_mul_kernel
//----------------------------------------
// Function: silu_mul_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> gate_up_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;

struct PODArgs {
  f: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn silu_mul_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  var g : array<f32, 1>;
  j[0i] = ((i32(blockIdx.y) * 256i) + i32(threadIdx.x));
  if (j[0i] < podArgs.f) {
    let cse_v2 : i32 = (v__1 * podArgs.f);
    let cse_v3 : i32 = ((v__1 * podArgs.f) * 2i);
    g[0i] = gate_up_ptr[(((v__1 * podArgs.f) * 2i) + j[0i])];
    out_ptr[((v__1 * podArgs.f) + j[0i])] = ((g[0i] / (1.000000e+00f + exp((g[0i] * -1.000000e+00f)))) * gate_up_ptr[((((v__1 * podArgs.f) * 2i) + podArgs.f) + j[0i])]);
  }
}


