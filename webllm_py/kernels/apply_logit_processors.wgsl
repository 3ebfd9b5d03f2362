// Function: apply_logit_processors_kernel
//----------------------------------------
// Function: apply_logit_processors_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> logits_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> table_ptr : array<i32>;

struct PODArgs {
  frequency_penalty: f32,
  n: i32,
  presence_penalty: f32,
  repetition_penalty: f32,
  row: i32,
  vocab: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn apply_logit_processors_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var i : array<i32, 1>;
  var token : array<i32, 1>;
  var x : array<f32, 1>;
  var count : array<i32, 1>;
  i[0i] = ((v__1 * 256i) + i32(threadIdx.x));
  if (i[0i] < podArgs.n) {
    token[0i] = table_ptr[(i[0i] * 4i)];
    if ((0i <= token[0i]) && (token[0i] < podArgs.vocab)) {
      let cse_v1 : i32 = (podArgs.row * podArgs.vocab);
      x[0i] = (logits_ptr[((podArgs.row * podArgs.vocab) + token[0i])] + bitcast<f32>(table_ptr[((i[0i] * 4i) + 3i)]));
      if (table_ptr[((i[0i] * 4i) + 1i)] != 0i) {
        if (0.000000e+00f < x[0i]) {
          x[0i] = (x[0i] / podArgs.repetition_penalty);
        } else {
          x[0i] = (x[0i] * podArgs.repetition_penalty);
        }
      }
      count[0i] = table_ptr[((i[0i] * 4i) + 2i)];
      if (0i < count[0i]) {
        x[0i] = ((x[0i] - (podArgs.frequency_penalty * f32(count[0i]))) - podArgs.presence_penalty);
      }
      logits_ptr[((podArgs.row * podArgs.vocab) + token[0i])] = x[0i];
    }
  }
}


