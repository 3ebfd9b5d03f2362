// Function: q4_gemv_act_gelu_tanh_bias_add_f16_kernel
//----------------------------------------
// Function: q4_gemv_act_gelu_tanh_bias_add_f16_kernel
//----------------------------------------
enable f16;

@group(0) @binding(0) var<storage, read> B_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> S_ptr : array<f16>;
@group(0) @binding(2) var<storage, read> W_ptr : array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> X_ptr : array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  groups: i32,
  kxv: i32,
  m: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 256>;
@compute @workgroup_size(32, 8, 1)
fn q4_gemv_act_gelu_tanh_bias_add_f16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var kv : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var w : array<vec4<u32>, 2>;
  var sc : array<f32, 2>;
  var xv : array<f32, 32>;
  var tmp : array<f32, 1>;
  var part : array<f32, 4>;
  var g : array<i32, 1>;
  var g_1 : array<i32, 1>;
  var c : array<i32, 1>;
  var total : array<f32, 1>;
  kv[0i] = podArgs.kxv;
  r[0i] = ((v__1 * 8i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var g0 : i32 = 0i; g0 < ((podArgs.groups + 63i)>>6u); g0++) {
      let cse_v5 : i32 = ((g0 * 64i) + i32(threadIdx.x));
      g[0i] = ((g0 * 64i) + i32(threadIdx.x));
      let cse_v2 : i32 = (podArgs.groups - 1i);
      var condval : vec4<u32>;
      if ((g[0i] < podArgs.groups)) {
        condval = W_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval = vec4<u32>(0u, 0u, 0u, 0u);
}
      w[0i] = condval;
      var condval_1 : f32;
      if ((g[0i] < podArgs.groups)) {
        condval_1 = f32(S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))]);
} else {
        condval_1 = 0.000000e+00f;
}
      sc[0i] = condval_1;
      let cse_v7 : i32 = (((g0 * 64i) + i32(threadIdx.x)) + 32i);
      g[0i] = (((g0 * 64i) + i32(threadIdx.x)) + 32i);
      var condval_2 : vec4<u32>;
      if ((g[0i] < podArgs.groups)) {
        condval_2 = W_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_2 = vec4<u32>(0u, 0u, 0u, 0u);
}
      w[1i] = condval_2;
      var condval_3 : f32;
      if ((g[0i] < podArgs.groups)) {
        condval_3 = f32(S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))]);
} else {
        condval_3 = 0.000000e+00f;
}
      sc[1i] = condval_3;
      g_1[0i] = ((g0 * 64i) + i32(threadIdx.x));
      let cse_v3 : i32 = (podArgs.row * podArgs.kxv);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_4 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_4 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_4 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_4[0];
        xv[0i + 1] = condval_4[1];
        xv[0i + 2] = condval_4[2];
        xv[0i + 3] = condval_4[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_5 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_5 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_5 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_5[0];
        xv[4i + 1] = condval_5[1];
        xv[4i + 2] = condval_5[2];
        xv[4i + 3] = condval_5[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_6 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_6 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_6 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_6[0];
        xv[8i + 1] = condval_6[1];
        xv[8i + 2] = condval_6[2];
        xv[8i + 3] = condval_6[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_7 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_7 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_7 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_7[0];
        xv[12i + 1] = condval_7[1];
        xv[12i + 2] = condval_7[2];
        xv[12i + 3] = condval_7[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_8 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_8 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_8 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_8[0];
        xv[16i + 1] = condval_8[1];
        xv[16i + 2] = condval_8[2];
        xv[16i + 3] = condval_8[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_9 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_9 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_9 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_9[0];
        xv[20i + 1] = condval_9[1];
        xv[20i + 2] = condval_9[2];
        xv[20i + 3] = condval_9[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_10 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_10 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_10 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_10[0];
        xv[24i + 1] = condval_10[1];
        xv[24i + 2] = condval_10[2];
        xv[24i + 3] = condval_10[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_11 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_11 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_11 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_11[0];
        xv[28i + 1] = condval_11[1];
        xv[28i + 2] = condval_11[2];
        xv[28i + 3] = condval_11[3];
        for (var e : i32 = 0i; e < 32i; e++) {
          tmp[0i] = (7.978846e-01f * fma(((4.471500e-02f * xv[e]) * xv[e]), xv[e], xv[e]));
          var condval_12 : f32;
          if ((tmp[0i] < 0.000000e+00f)) {
            var condval_13 : f32;
            if ((abs(tmp[0i]) < 5.500000e-01f)) {
              condval_13 = fma((abs(tmp[0i]) * (abs(tmp[0i]) * abs(tmp[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(tmp[0i]) * abs(tmp[0i])), 2.133962e-02f), (abs(tmp[0i]) * abs(tmp[0i])), -5.391572e-02f), (abs(tmp[0i]) * abs(tmp[0i])), 1.333316e-01f), (abs(tmp[0i]) * abs(tmp[0i])), -3.333333e-01f), abs(tmp[0i]));
} else {
              condval_13 = ((1.000000e+00f - exp((-2.000000e+00f * abs(tmp[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(tmp[0i])))));
}
            condval_12 = (condval_13 * -1.000000e+00f);
} else {
            var condval_14 : f32;
            if ((abs(tmp[0i]) < 5.500000e-01f)) {
              condval_14 = fma((abs(tmp[0i]) * (abs(tmp[0i]) * abs(tmp[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(tmp[0i]) * abs(tmp[0i])), 2.133962e-02f), (abs(tmp[0i]) * abs(tmp[0i])), -5.391572e-02f), (abs(tmp[0i]) * abs(tmp[0i])), 1.333316e-01f), (abs(tmp[0i]) * abs(tmp[0i])), -3.333333e-01f), abs(tmp[0i]));
} else {
              condval_14 = ((1.000000e+00f - exp((-2.000000e+00f * abs(tmp[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(tmp[0i])))));
}
            condval_12 = condval_14;
}
          tmp[0i] = condval_12;
          xv[e] = ((5.000000e-01f * xv[e]) * (1.000000e+00f + tmp[0i]));
        }
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[0i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[1i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[2i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[3i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[4i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[5i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[6i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[7i], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[8i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[9i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[10i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[11i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[12i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[13i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[14i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[15i], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[16i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[17i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[18i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[19i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[20i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[21i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[22i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[23i], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[24i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[25i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[26i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[27i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[28i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[29i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[30i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[31i], part[3i]);
        acc[0i] = fma(sc[0i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
      g_1[0i] = (((g0 * 64i) + i32(threadIdx.x)) + 32i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_15 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_15 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_15 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_15[0];
        xv[0i + 1] = condval_15[1];
        xv[0i + 2] = condval_15[2];
        xv[0i + 3] = condval_15[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_16 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_16 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_16 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_16[0];
        xv[4i + 1] = condval_16[1];
        xv[4i + 2] = condval_16[2];
        xv[4i + 3] = condval_16[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_17 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_17 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_17 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_17[0];
        xv[8i + 1] = condval_17[1];
        xv[8i + 2] = condval_17[2];
        xv[8i + 3] = condval_17[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_18 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_18 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_18 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_18[0];
        xv[12i + 1] = condval_18[1];
        xv[12i + 2] = condval_18[2];
        xv[12i + 3] = condval_18[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_19 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_19 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_19 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_19[0];
        xv[16i + 1] = condval_19[1];
        xv[16i + 2] = condval_19[2];
        xv[16i + 3] = condval_19[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_20 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_20 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_20 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_20[0];
        xv[20i + 1] = condval_20[1];
        xv[20i + 2] = condval_20[2];
        xv[20i + 3] = condval_20[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_21 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_21 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_21 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_21[0];
        xv[24i + 1] = condval_21[1];
        xv[24i + 2] = condval_21[2];
        xv[24i + 3] = condval_21[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_22 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_22 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_22 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_22[0];
        xv[28i + 1] = condval_22[1];
        xv[28i + 2] = condval_22[2];
        xv[28i + 3] = condval_22[3];
        for (var e_1 : i32 = 0i; e_1 < 32i; e_1++) {
          tmp[0i] = (7.978846e-01f * fma(((4.471500e-02f * xv[e_1]) * xv[e_1]), xv[e_1], xv[e_1]));
          var condval_23 : f32;
          if ((tmp[0i] < 0.000000e+00f)) {
            var condval_24 : f32;
            if ((abs(tmp[0i]) < 5.500000e-01f)) {
              condval_24 = fma((abs(tmp[0i]) * (abs(tmp[0i]) * abs(tmp[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(tmp[0i]) * abs(tmp[0i])), 2.133962e-02f), (abs(tmp[0i]) * abs(tmp[0i])), -5.391572e-02f), (abs(tmp[0i]) * abs(tmp[0i])), 1.333316e-01f), (abs(tmp[0i]) * abs(tmp[0i])), -3.333333e-01f), abs(tmp[0i]));
} else {
              condval_24 = ((1.000000e+00f - exp((-2.000000e+00f * abs(tmp[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(tmp[0i])))));
}
            condval_23 = (condval_24 * -1.000000e+00f);
} else {
            var condval_25 : f32;
            if ((abs(tmp[0i]) < 5.500000e-01f)) {
              condval_25 = fma((abs(tmp[0i]) * (abs(tmp[0i]) * abs(tmp[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(tmp[0i]) * abs(tmp[0i])), 2.133962e-02f), (abs(tmp[0i]) * abs(tmp[0i])), -5.391572e-02f), (abs(tmp[0i]) * abs(tmp[0i])), 1.333316e-01f), (abs(tmp[0i]) * abs(tmp[0i])), -3.333333e-01f), abs(tmp[0i]));
} else {
              condval_25 = ((1.000000e+00f - exp((-2.000000e+00f * abs(tmp[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(tmp[0i])))));
}
            condval_23 = condval_25;
}
          tmp[0i] = condval_23;
          xv[e_1] = ((5.000000e-01f * xv[e_1]) * (1.000000e+00f + tmp[0i]));
        }
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[0i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[1i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[2i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[3i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[4i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[5i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[6i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[7i], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[8i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[9i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[10i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[11i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[12i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[13i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[14i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[15i], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[16i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[17i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[18i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[19i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[20i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[21i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[22i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[23i], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[24i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[25i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[26i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[27i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[28i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[29i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[30i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[31i], part[3i]);
        acc[0i] = fma(sc[1i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
    }
  }
  let cse_v4 : i32 = (i32(threadIdx.y) * 32i);
  red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v6 : i32 = ((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i));
    red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] = (((((((red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 1i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 2i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 3i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 4i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 5i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 6i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 7i)]);
  }
  workgroupBarrier();
  total[0i] = (((red[(i32(threadIdx.y) * 32i)] + red[((i32(threadIdx.y) * 32i) + 8i)]) + red[((i32(threadIdx.y) * 32i) + 16i)]) + red[((i32(threadIdx.y) * 32i) + 24i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = (Y_ptr[(podArgs.col0 + r[0i])] + (total[0i] + B_ptr[(podArgs.col0 + r[0i])]));
  }
}


