// Function: argmax_kernel
//----------------------------------------
// Function: argmax_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> logits_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<i32>;

struct PODArgs {
  row: i32,
  vocab: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

var<workgroup> best_v : array<f32, 256>;
var<workgroup> best_i : array<i32, 256>;
@compute @workgroup_size(256, 1, 1)
fn argmax_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var v : array<f32, 2>;
  var idx : array<i32, 2>;
  var j : array<i32, 1>;
  var s : array<i32, 1>;
  v[0i] = -3.400000e+38f;
  idx[0i] = podArgs.vocab;
  for (var j0 : i32 = 0i; j0 < ((podArgs.vocab + 255i)>>8u); j0++) {
    j[0i] = ((j0 * 256i) + i32(threadIdx.x));
    if (j[0i] < podArgs.vocab) {
      let cse_v1 : i32 = (podArgs.row * podArgs.vocab);
      if (v[0i] < logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])]) {
        v[0i] = logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])];
        idx[0i] = j[0i];
      }
    }
  }
  best_v[i32(threadIdx.x)] = v[0i];
  best_i[i32(threadIdx.x)] = idx[0i];
  workgroupBarrier();
  s[0i] = 128i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 64i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 32i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 16i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 8i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 4i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 2i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  s[0i] = 1i;
  v[0i] = best_v[i32(threadIdx.x)];
  idx[0i] = best_i[i32(threadIdx.x)];
  v[1i] = best_v[min((i32(threadIdx.x) + s[0i]), 255i)];
  idx[1i] = best_i[min((i32(threadIdx.x) + s[0i]), 255i)];
  workgroupBarrier();
  if ((i32(threadIdx.x) < s[0i]) && ((v[0i] < v[1i]) || ((v[1i] == v[0i]) && (idx[1i] < idx[0i])))) {
    best_v[i32(threadIdx.x)] = v[1i];
    best_i[i32(threadIdx.x)] = idx[1i];
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    out_ptr[0i] = best_i[0i];
  }
}


