// Function: softcap_kernel
//----------------------------------------
// Function: softcap_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> X_ptr : array<f32>;

struct PODArgs {
  cap: f32,
  m: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(1) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn softcap_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  var v : array<f32, 1>;
  j[0i] = ((i32(blockIdx.y) * 256i) + i32(threadIdx.x));
  if (j[0i] < podArgs.m) {
    let cse_v1 : i32 = (v__1 * podArgs.m);
    v[0i] = (X_ptr[((v__1 * podArgs.m) + j[0i])] / podArgs.cap);
    var condval : f32;
    if ((v[0i] < 0.000000e+00f)) {
      var condval_1 : f32;
      if ((abs(v[0i]) < 5.500000e-01f)) {
        condval_1 = fma((abs(v[0i]) * (abs(v[0i]) * abs(v[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(v[0i]) * abs(v[0i])), 2.133962e-02f), (abs(v[0i]) * abs(v[0i])), -5.391572e-02f), (abs(v[0i]) * abs(v[0i])), 1.333316e-01f), (abs(v[0i]) * abs(v[0i])), -3.333333e-01f), abs(v[0i]));
} else {
        condval_1 = ((1.000000e+00f - exp((-2.000000e+00f * abs(v[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(v[0i])))));
}
      condval = (condval_1 * -1.000000e+00f);
} else {
      var condval_2 : f32;
      if ((abs(v[0i]) < 5.500000e-01f)) {
        condval_2 = fma((abs(v[0i]) * (abs(v[0i]) * abs(v[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(v[0i]) * abs(v[0i])), 2.133962e-02f), (abs(v[0i]) * abs(v[0i])), -5.391572e-02f), (abs(v[0i]) * abs(v[0i])), 1.333316e-01f), (abs(v[0i]) * abs(v[0i])), -3.333333e-01f), abs(v[0i]));
} else {
        condval_2 = ((1.000000e+00f - exp((-2.000000e+00f * abs(v[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(v[0i])))));
}
      condval = condval_2;
}
    X_ptr[((v__1 * podArgs.m) + j[0i])] = (podArgs.cap * condval);
  }
}


