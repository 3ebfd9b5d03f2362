// Function: gemv_vec4_silu_kernel
//----------------------------------------
// Function: gemv_vec4_silu_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> X_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  kv: i32,
  kxv: i32,
  m: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 64>;
@compute @workgroup_size(16, 4, 1)
fn gemv_vec4_silu_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var r : array<i32, 1>;
  var part : array<f32, 4>;
  var wv : array<vec4<f32>, 1>;
  var xv : array<f32, 4>;
  var uv : array<f32, 4>;
  var c : array<i32, 1>;
  var total : array<f32, 1>;
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  part[0i] = 0.000000e+00f;
  part[1i] = 0.000000e+00f;
  part[2i] = 0.000000e+00f;
  part[3i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var kk : i32 = 0i; kk < ((podArgs.kv + 15i)>>4u); kk++) {
      c[0i] = ((kk * 16i) + i32(threadIdx.x));
      if (c[0i] < podArgs.kv) {
        wv[0i] = W_ptr[((r[0i] * podArgs.kv) + c[0i])];
        let cse_v1 : i32 = (podArgs.row * podArgs.kxv);
        xv[0i + 0] = X_ptr[((podArgs.row * podArgs.kxv) + c[0i])][0];
        xv[0i + 1] = X_ptr[((podArgs.row * podArgs.kxv) + c[0i])][1];
        xv[0i + 2] = X_ptr[((podArgs.row * podArgs.kxv) + c[0i])][2];
        xv[0i + 3] = X_ptr[((podArgs.row * podArgs.kxv) + c[0i])][3];
        uv[0i + 0] = X_ptr[(((podArgs.row * podArgs.kxv) + podArgs.kv) + c[0i])][0];
        uv[0i + 1] = X_ptr[(((podArgs.row * podArgs.kxv) + podArgs.kv) + c[0i])][1];
        uv[0i + 2] = X_ptr[(((podArgs.row * podArgs.kxv) + podArgs.kv) + c[0i])][2];
        uv[0i + 3] = X_ptr[(((podArgs.row * podArgs.kxv) + podArgs.kv) + c[0i])][3];
        for (var l : i32 = 0i; l < 4i; l++) {
          xv[l] = (xv[l] / (1.000000e+00f + exp((xv[l] * -1.000000e+00f))));
          xv[l] = (xv[l] * uv[l]);
        }
        part[0i] = fma((wv[0i])[0], xv[0i], part[0i]);
        part[1i] = fma((wv[0i])[1], xv[1i], part[1i]);
        part[2i] = fma((wv[0i])[2], xv[2i], part[2i]);
        part[3i] = fma((wv[0i])[3], xv[3i], part[3i]);
      }
    }
  }
  let cse_v2 : i32 = (i32(threadIdx.y) * 16i);
  red[((i32(threadIdx.y) * 16i) + i32(threadIdx.x))] = ((part[0i] + part[1i]) + (part[2i] + part[3i]));
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v3 : i32 = ((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i));
    red[((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i))] = (((red[((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i))] + red[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 1i)]) + red[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 2i)]) + red[(((i32(threadIdx.y) * 16i) + (i32(threadIdx.x) * 4i)) + 3i)]);
  }
  workgroupBarrier();
  total[0i] = (((red[(i32(threadIdx.y) * 16i)] + red[((i32(threadIdx.y) * 16i) + 4i)]) + red[((i32(threadIdx.y) * 16i) + 8i)]) + red[((i32(threadIdx.y) * 16i) + 12i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = total[0i];
  }
}


