// Function: q4_gemv_tall_add_f32_kernel
//----------------------------------------
// Function: q4_gemv_tall_add_f32_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> S_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> W_ptr : array<vec4<u32>>;
@group(0) @binding(2) var<storage, read> X_ptr : array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  groups: i32,
  kxv: i32,
  m: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 256>;
@compute @workgroup_size(4, 64, 1)
fn q4_gemv_tall_add_f32_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var kv : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var w : array<vec4<u32>, 4>;
  var sc : array<f32, 4>;
  var xv : array<vec4<f32>, 8>;
  var part : array<f32, 4>;
  var g : array<i32, 1>;
  var g_1 : array<i32, 1>;
  var c : array<i32, 1>;
  var total : array<f32, 1>;
  kv[0i] = podArgs.kxv;
  r[0i] = ((v__1 * 64i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var g0 : i32 = 0i; g0 < ((podArgs.groups + 15i)>>4u); g0++) {
      let cse_v5 : i32 = ((g0 * 16i) + i32(threadIdx.x));
      g[0i] = ((g0 * 16i) + i32(threadIdx.x));
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
        condval_1 = S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_1 = 0.000000e+00f;
}
      sc[0i] = condval_1;
      let cse_v7 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 4i);
      g[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 4i);
      var condval_2 : vec4<u32>;
      if ((g[0i] < podArgs.groups)) {
        condval_2 = W_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_2 = vec4<u32>(0u, 0u, 0u, 0u);
}
      w[1i] = condval_2;
      var condval_3 : f32;
      if ((g[0i] < podArgs.groups)) {
        condval_3 = S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_3 = 0.000000e+00f;
}
      sc[1i] = condval_3;
      let cse_v8 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 8i);
      g[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 8i);
      var condval_4 : vec4<u32>;
      if ((g[0i] < podArgs.groups)) {
        condval_4 = W_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_4 = vec4<u32>(0u, 0u, 0u, 0u);
}
      w[2i] = condval_4;
      var condval_5 : f32;
      if ((g[0i] < podArgs.groups)) {
        condval_5 = S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_5 = 0.000000e+00f;
}
      sc[2i] = condval_5;
      let cse_v9 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 12i);
      g[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 12i);
      var condval_6 : vec4<u32>;
      if ((g[0i] < podArgs.groups)) {
        condval_6 = W_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_6 = vec4<u32>(0u, 0u, 0u, 0u);
}
      w[3i] = condval_6;
      var condval_7 : f32;
      if ((g[0i] < podArgs.groups)) {
        condval_7 = S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_7 = 0.000000e+00f;
}
      sc[3i] = condval_7;
      g_1[0i] = ((g0 * 16i) + i32(threadIdx.x));
      let cse_v3 : i32 = (podArgs.row * podArgs.kxv);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_8 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_8 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_8 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i] = condval_8;
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_9 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_9 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_9 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[1i] = condval_9;
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_10 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_10 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_10 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[2i] = condval_10;
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_11 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_11 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_11 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[3i] = condval_11;
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_12 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_12 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_12 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i] = condval_12;
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_13 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_13 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_13 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[5i] = condval_13;
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_14 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_14 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_14 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[6i] = condval_14;
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_15 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_15 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_15 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[7i] = condval_15;
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[3], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[0i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[3], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[3], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[0i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[3], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[3], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[0i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[3], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[3], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[0i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[3], part[3i]);
        acc[0i] = fma(sc[0i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
      g_1[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 4i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_16 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_16 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_16 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i] = condval_16;
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_17 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_17 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_17 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[1i] = condval_17;
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_18 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_18 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_18 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[2i] = condval_18;
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_19 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_19 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_19 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[3i] = condval_19;
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_20 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_20 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_20 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i] = condval_20;
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_21 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_21 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_21 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[5i] = condval_21;
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_22 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_22 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_22 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[6i] = condval_22;
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_23 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_23 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_23 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[7i] = condval_23;
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[3], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[1i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[3], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[3], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[1i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[3], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[3], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[1i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[3], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[3], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[1i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[3], part[3i]);
        acc[0i] = fma(sc[1i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
      g_1[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 8i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_24 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_24 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_24 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i] = condval_24;
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_25 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_25 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_25 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[1i] = condval_25;
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_26 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_26 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_26 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[2i] = condval_26;
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_27 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_27 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_27 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[3i] = condval_27;
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_28 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_28 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_28 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i] = condval_28;
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_29 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_29 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_29 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[5i] = condval_29;
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_30 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_30 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_30 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[6i] = condval_30;
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_31 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_31 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_31 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[7i] = condval_31;
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[3], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[3], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[3], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[3], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[3], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[3], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[3], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[3], part[3i]);
        acc[0i] = fma(sc[2i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
      g_1[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 12i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_32 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_32 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_32 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i] = condval_32;
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_33 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_33 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_33 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[1i] = condval_33;
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_34 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_34 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_34 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[2i] = condval_34;
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_35 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_35 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_35 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[3i] = condval_35;
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_36 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_36 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_36 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i] = condval_36;
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_37 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_37 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_37 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[5i] = condval_37;
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_38 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_38 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_38 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[6i] = condval_38;
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_39 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_39 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_39 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[7i] = condval_39;
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[0i])[3], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[0], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[1], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[2], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[1i])[3], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[2i])[3], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[0], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[1], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[2], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[3i])[3], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[4i])[3], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[0], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[1], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[2], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[5i])[3], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[6i])[3], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[0], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[1], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[2], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), (xv[7i])[3], part[3i]);
        acc[0i] = fma(sc[3i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
    }
  }
  let cse_v4 : i32 = (i32(threadIdx.y) * 4i);
  red[((i32(threadIdx.y) * 4i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 2i) {
    let cse_v6 : i32 = ((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i));
    red[((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i))] = (red[((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i))] + red[(((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i)) + 1i)]);
  }
  workgroupBarrier();
  total[0i] = (red[(i32(threadIdx.y) * 4i)] + red[((i32(threadIdx.y) * 4i) + 2i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = (Y_ptr[(podArgs.col0 + r[0i])] + total[0i]);
  }
}


