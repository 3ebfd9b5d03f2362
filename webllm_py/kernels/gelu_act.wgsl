// Function: gelu_act_kernel
//----------------------------------------
// Function: gelu_act_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> out_ptr : array<f32>;

struct PODArgs {
  approximate: i32,
  f: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(256, 1, 1)
fn gelu_act_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var j : array<i32, 1>;
  var v : array<f32, 1>;
  j[0i] = ((i32(blockIdx.y) * 256i) + i32(threadIdx.x));
  if (j[0i] < podArgs.f) {
    let cse_v2 : i32 = (v__1 * podArgs.f);
    v[0i] = X_ptr[((v__1 * podArgs.f) + j[0i])];
    var condval : f32;
    if ((podArgs.approximate == 0i)) {
      var condval_1 : f32;
      if (((v[0i] * 7.071068e-01f) < 0.000000e+00f)) {
        condval_1 = ((1.000000e+00f - ((fma(fma(fma(fma(1.061405e+00f, (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), -1.453152e+00f), (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), 1.421414e+00f), (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), -2.844967e-01f), (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), 2.548296e-01f) * (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f))) * exp(((abs((v[0i] * 7.071068e-01f)) * -1.000000e+00f) * abs((v[0i] * 7.071068e-01f)))))) * -1.000000e+00f);
} else {
        condval_1 = (1.000000e+00f - ((fma(fma(fma(fma(1.061405e+00f, (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), -1.453152e+00f), (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), 1.421414e+00f), (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), -2.844967e-01f), (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f)), 2.548296e-01f) * (1.000000e+00f / fma(3.275911e-01f, abs((v[0i] * 7.071068e-01f)), 1.000000e+00f))) * exp(((abs((v[0i] * 7.071068e-01f)) * -1.000000e+00f) * abs((v[0i] * 7.071068e-01f))))));
}
      condval = ((5.000000e-01f * v[0i]) * (1.000000e+00f + condval_1));
} else {
      var condval_2 : f32;
      if (((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])) < 0.000000e+00f)) {
        var condval_3 : f32;
        if ((abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) < 5.500000e-01f)) {
          condval_3 = fma((abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))))), fma(fma(fma(fma(-6.657240e-03f, (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), 2.133962e-02f), (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), -5.391572e-02f), (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), 1.333316e-01f), (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), -3.333333e-01f), abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))));
} else {
          condval_3 = ((1.000000e+00f - exp((-2.000000e+00f * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))))) / (1.000000e+00f + exp((-2.000000e+00f * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))))));
}
        condval_2 = (condval_3 * -1.000000e+00f);
} else {
        var condval_4 : f32;
        if ((abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) < 5.500000e-01f)) {
          condval_4 = fma((abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))))), fma(fma(fma(fma(-6.657240e-03f, (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), 2.133962e-02f), (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), -5.391572e-02f), (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), 1.333316e-01f), (abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))) * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))), -3.333333e-01f), abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i]))));
} else {
          condval_4 = ((1.000000e+00f - exp((-2.000000e+00f * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))))) / (1.000000e+00f + exp((-2.000000e+00f * abs((7.978846e-01f * fma(((4.471500e-02f * v[0i]) * v[0i]), v[0i], v[0i])))))));
}
        condval_2 = condval_4;
}
      condval = ((5.000000e-01f * v[0i]) * (1.000000e+00f + condval_2));
}
    out_ptr[((v__1 * podArgs.f) + j[0i])] = condval;
  }
}


