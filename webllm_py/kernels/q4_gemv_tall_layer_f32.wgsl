// Function: q4_gemv_tall_layer_f32_kernel
//----------------------------------------
// Function: q4_gemv_tall_layer_f32_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> Nb_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> Nw_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> S_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> W_ptr : array<vec4<u32>>;
@group(0) @binding(4) var<storage, read> X_ptr : array<vec4<f32>>;
@group(0) @binding(5) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  eps: f32,
  groups: i32,
  kxv: i32,
  m: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(6) var<uniform> podArgs : PODArgs;

var<workgroup> flat : array<f32, 256>;
@compute @workgroup_size(4, 64, 1)
fn q4_gemv_tall_layer_f32_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var kv : array<i32, 1>;
  var stat : array<f32, 2>;
  var tmp : array<f32, 5>;
  var j : array<i32, 1>;
  var j_1 : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var w : array<vec4<u32>, 4>;
  var sc : array<f32, 4>;
  var xv : array<f32, 32>;
  var part : array<f32, 4>;
  var g : array<i32, 1>;
  var g_1 : array<i32, 1>;
  var c : array<i32, 1>;
  var total : array<f32, 1>;
  kv[0i] = podArgs.kxv;
  stat[1i] = 0.000000e+00f;
  tmp[4i] = 0.000000e+00f;
  let cse_v3 : i32 = (i32(threadIdx.y) * 4i);
  let cse_v4 : i32 = (podArgs.row * podArgs.kxv);
  for (var j0 : i32 = 0i; j0 < ((kv[0i] + 255i)>>8u); j0++) {
    j[0i] = (((j0 * 256i) + (i32(threadIdx.y) * 4i)) + i32(threadIdx.x));
    if (j[0i] < kv[0i]) {
      tmp[0i + 0] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][0];
      tmp[0i + 1] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][1];
      tmp[0i + 2] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][2];
      tmp[0i + 3] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][3];
      tmp[4i] = (tmp[4i] + tmp[0i]);
      tmp[4i] = (tmp[4i] + tmp[1i]);
      tmp[4i] = (tmp[4i] + tmp[2i]);
      tmp[4i] = (tmp[4i] + tmp[3i]);
    }
  }
  let cse_v6 : i32 = ((i32(threadIdx.y) * 4i) + i32(threadIdx.x));
  flat[((i32(threadIdx.y) * 4i) + i32(threadIdx.x))] = tmp[4i];
  workgroupBarrier();
  let cse_v7 : i32 = ((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i));
  let cse_v10 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 1i);
  let cse_v11 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 2i);
  let cse_v12 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 3i);
  let cse_v13 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 4i);
  let cse_v14 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 5i);
  let cse_v15 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 6i);
  let cse_v16 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 7i);
  let cse_v17 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 8i);
  let cse_v18 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 9i);
  let cse_v19 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 10i);
  let cse_v20 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 11i);
  let cse_v21 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 12i);
  let cse_v22 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 13i);
  let cse_v23 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 14i);
  let cse_v24 : i32 = (((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 15i);
  if (i32(threadIdx.y) < 4i) {
    flat[((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i))] = (((((((((((((((flat[((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i))] + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 1i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 2i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 3i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 4i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 5i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 6i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 7i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 8i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 9i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 10i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 11i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 12i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 13i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 14i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 15i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 4i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((((((((((flat[0i] + flat[16i]) + flat[32i]) + flat[48i]) + flat[64i]) + flat[80i]) + flat[96i]) + flat[112i]) + flat[128i]) + flat[144i]) + flat[160i]) + flat[176i]) + flat[192i]) + flat[208i]) + flat[224i]) + flat[240i]);
  }
  workgroupBarrier();
  stat[1i] = (flat[0i] / f32((kv[0i] * 4i)));
  workgroupBarrier();
  tmp[4i] = 0.000000e+00f;
  for (var j0_1 : i32 = 0i; j0_1 < ((kv[0i] + 255i)>>8u); j0_1++) {
    j_1[0i] = (((j0_1 * 256i) + (i32(threadIdx.y) * 4i)) + i32(threadIdx.x));
    if (j_1[0i] < kv[0i]) {
      tmp[0i + 0] = X_ptr[((podArgs.row * podArgs.kxv) + j_1[0i])][0];
      tmp[0i + 1] = X_ptr[((podArgs.row * podArgs.kxv) + j_1[0i])][1];
      tmp[0i + 2] = X_ptr[((podArgs.row * podArgs.kxv) + j_1[0i])][2];
      tmp[0i + 3] = X_ptr[((podArgs.row * podArgs.kxv) + j_1[0i])][3];
      tmp[4i] = fma((tmp[0i] - stat[1i]), (tmp[0i] - stat[1i]), tmp[4i]);
      tmp[4i] = fma((tmp[1i] - stat[1i]), (tmp[1i] - stat[1i]), tmp[4i]);
      tmp[4i] = fma((tmp[2i] - stat[1i]), (tmp[2i] - stat[1i]), tmp[4i]);
      tmp[4i] = fma((tmp[3i] - stat[1i]), (tmp[3i] - stat[1i]), tmp[4i]);
    }
  }
  flat[((i32(threadIdx.y) * 4i) + i32(threadIdx.x))] = tmp[4i];
  workgroupBarrier();
  if (i32(threadIdx.y) < 4i) {
    flat[((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i))] = (((((((((((((((flat[((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i))] + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 1i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 2i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 3i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 4i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 5i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 6i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 7i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 8i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 9i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 10i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 11i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 12i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 13i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 14i)]) + flat[(((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i)) + 15i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 4i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((((((((((flat[0i] + flat[16i]) + flat[32i]) + flat[48i]) + flat[64i]) + flat[80i]) + flat[96i]) + flat[112i]) + flat[128i]) + flat[144i]) + flat[160i]) + flat[176i]) + flat[192i]) + flat[208i]) + flat[224i]) + flat[240i]);
  }
  workgroupBarrier();
  stat[0i] = (1.000000e+00f / sqrt(((flat[0i] / f32((kv[0i] * 4i))) + podArgs.eps)));
  workgroupBarrier();
  r[0i] = ((v__1 * 64i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var g0 : i32 = 0i; g0 < ((podArgs.groups + 15i)>>4u); g0++) {
      let cse_v8 : i32 = ((g0 * 16i) + i32(threadIdx.x));
      g[0i] = ((g0 * 16i) + i32(threadIdx.x));
      let cse_v5 : i32 = (podArgs.groups - 1i);
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
      let cse_v25 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 4i);
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
      let cse_v26 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 8i);
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
      let cse_v27 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 12i);
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
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_8 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_8 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_8 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_8[0];
        xv[0i + 1] = condval_8[1];
        xv[0i + 2] = condval_8[2];
        xv[0i + 3] = condval_8[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_9 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_9 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_9 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_9[0];
        xv[4i + 1] = condval_9[1];
        xv[4i + 2] = condval_9[2];
        xv[4i + 3] = condval_9[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_10 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_10 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_10 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_10[0];
        xv[8i + 1] = condval_10[1];
        xv[8i + 2] = condval_10[2];
        xv[8i + 3] = condval_10[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_11 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_11 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_11 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_11[0];
        xv[12i + 1] = condval_11[1];
        xv[12i + 2] = condval_11[2];
        xv[12i + 3] = condval_11[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_12 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_12 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_12 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_12[0];
        xv[16i + 1] = condval_12[1];
        xv[16i + 2] = condval_12[2];
        xv[16i + 3] = condval_12[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_13 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_13 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_13 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_13[0];
        xv[20i + 1] = condval_13[1];
        xv[20i + 2] = condval_13[2];
        xv[20i + 3] = condval_13[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_14 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_14 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_14 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_14[0];
        xv[24i + 1] = condval_14[1];
        xv[24i + 2] = condval_14[2];
        xv[24i + 3] = condval_14[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_15 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_15 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_15 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_15[0];
        xv[28i + 1] = condval_15[1];
        xv[28i + 2] = condval_15[2];
        xv[28i + 3] = condval_15[3];
        xv[0i] = fma(((xv[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        var condval_16 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < 0i)) {
          condval_16 = xv[0i];
} else {
          condval_16 = 0.000000e+00f;
}
        xv[0i] = condval_16;
        xv[1i] = fma(((xv[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        var condval_17 : f32;
        if ((((g_1[0i] * 32i) + 1i) < (kv[0i] * 4i))) {
          condval_17 = xv[1i];
} else {
          condval_17 = 0.000000e+00f;
}
        xv[1i] = condval_17;
        xv[2i] = fma(((xv[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        var condval_18 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -1i)) {
          condval_18 = xv[2i];
} else {
          condval_18 = 0.000000e+00f;
}
        xv[2i] = condval_18;
        xv[3i] = fma(((xv[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        var condval_19 : f32;
        if ((((g_1[0i] * 32i) + 3i) < (kv[0i] * 4i))) {
          condval_19 = xv[3i];
} else {
          condval_19 = 0.000000e+00f;
}
        xv[3i] = condval_19;
        xv[4i] = fma(((xv[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        var condval_20 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -1i)) {
          condval_20 = xv[4i];
} else {
          condval_20 = 0.000000e+00f;
}
        xv[4i] = condval_20;
        xv[5i] = fma(((xv[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        var condval_21 : f32;
        if ((((g_1[0i] * 32i) + 5i) < (kv[0i] * 4i))) {
          condval_21 = xv[5i];
} else {
          condval_21 = 0.000000e+00f;
}
        xv[5i] = condval_21;
        xv[6i] = fma(((xv[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        var condval_22 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -3i)) {
          condval_22 = xv[6i];
} else {
          condval_22 = 0.000000e+00f;
}
        xv[6i] = condval_22;
        xv[7i] = fma(((xv[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        var condval_23 : f32;
        if ((((g_1[0i] * 32i) + 7i) < (kv[0i] * 4i))) {
          condval_23 = xv[7i];
} else {
          condval_23 = 0.000000e+00f;
}
        xv[7i] = condval_23;
        xv[8i] = fma(((xv[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        var condval_24 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -2i)) {
          condval_24 = xv[8i];
} else {
          condval_24 = 0.000000e+00f;
}
        xv[8i] = condval_24;
        xv[9i] = fma(((xv[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        var condval_25 : f32;
        if ((((g_1[0i] * 32i) + 9i) < (kv[0i] * 4i))) {
          condval_25 = xv[9i];
} else {
          condval_25 = 0.000000e+00f;
}
        xv[9i] = condval_25;
        xv[10i] = fma(((xv[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        var condval_26 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -5i)) {
          condval_26 = xv[10i];
} else {
          condval_26 = 0.000000e+00f;
}
        xv[10i] = condval_26;
        xv[11i] = fma(((xv[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        var condval_27 : f32;
        if ((((g_1[0i] * 32i) + 11i) < (kv[0i] * 4i))) {
          condval_27 = xv[11i];
} else {
          condval_27 = 0.000000e+00f;
}
        xv[11i] = condval_27;
        xv[12i] = fma(((xv[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        var condval_28 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -3i)) {
          condval_28 = xv[12i];
} else {
          condval_28 = 0.000000e+00f;
}
        xv[12i] = condval_28;
        xv[13i] = fma(((xv[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        var condval_29 : f32;
        if ((((g_1[0i] * 32i) + 13i) < (kv[0i] * 4i))) {
          condval_29 = xv[13i];
} else {
          condval_29 = 0.000000e+00f;
}
        xv[13i] = condval_29;
        xv[14i] = fma(((xv[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        var condval_30 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -7i)) {
          condval_30 = xv[14i];
} else {
          condval_30 = 0.000000e+00f;
}
        xv[14i] = condval_30;
        xv[15i] = fma(((xv[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        var condval_31 : f32;
        if ((((g_1[0i] * 32i) + 15i) < (kv[0i] * 4i))) {
          condval_31 = xv[15i];
} else {
          condval_31 = 0.000000e+00f;
}
        xv[15i] = condval_31;
        xv[16i] = fma(((xv[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        var condval_32 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -4i)) {
          condval_32 = xv[16i];
} else {
          condval_32 = 0.000000e+00f;
}
        xv[16i] = condval_32;
        xv[17i] = fma(((xv[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        var condval_33 : f32;
        if ((((g_1[0i] * 32i) + 17i) < (kv[0i] * 4i))) {
          condval_33 = xv[17i];
} else {
          condval_33 = 0.000000e+00f;
}
        xv[17i] = condval_33;
        xv[18i] = fma(((xv[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        var condval_34 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -9i)) {
          condval_34 = xv[18i];
} else {
          condval_34 = 0.000000e+00f;
}
        xv[18i] = condval_34;
        xv[19i] = fma(((xv[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        var condval_35 : f32;
        if ((((g_1[0i] * 32i) + 19i) < (kv[0i] * 4i))) {
          condval_35 = xv[19i];
} else {
          condval_35 = 0.000000e+00f;
}
        xv[19i] = condval_35;
        xv[20i] = fma(((xv[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        var condval_36 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -5i)) {
          condval_36 = xv[20i];
} else {
          condval_36 = 0.000000e+00f;
}
        xv[20i] = condval_36;
        xv[21i] = fma(((xv[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        var condval_37 : f32;
        if ((((g_1[0i] * 32i) + 21i) < (kv[0i] * 4i))) {
          condval_37 = xv[21i];
} else {
          condval_37 = 0.000000e+00f;
}
        xv[21i] = condval_37;
        xv[22i] = fma(((xv[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        var condval_38 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -11i)) {
          condval_38 = xv[22i];
} else {
          condval_38 = 0.000000e+00f;
}
        xv[22i] = condval_38;
        xv[23i] = fma(((xv[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        var condval_39 : f32;
        if ((((g_1[0i] * 32i) + 23i) < (kv[0i] * 4i))) {
          condval_39 = xv[23i];
} else {
          condval_39 = 0.000000e+00f;
}
        xv[23i] = condval_39;
        xv[24i] = fma(((xv[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        var condval_40 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -6i)) {
          condval_40 = xv[24i];
} else {
          condval_40 = 0.000000e+00f;
}
        xv[24i] = condval_40;
        xv[25i] = fma(((xv[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        var condval_41 : f32;
        if ((((g_1[0i] * 32i) + 25i) < (kv[0i] * 4i))) {
          condval_41 = xv[25i];
} else {
          condval_41 = 0.000000e+00f;
}
        xv[25i] = condval_41;
        xv[26i] = fma(((xv[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        var condval_42 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -13i)) {
          condval_42 = xv[26i];
} else {
          condval_42 = 0.000000e+00f;
}
        xv[26i] = condval_42;
        xv[27i] = fma(((xv[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        var condval_43 : f32;
        if ((((g_1[0i] * 32i) + 27i) < (kv[0i] * 4i))) {
          condval_43 = xv[27i];
} else {
          condval_43 = 0.000000e+00f;
}
        xv[27i] = condval_43;
        xv[28i] = fma(((xv[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        var condval_44 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -7i)) {
          condval_44 = xv[28i];
} else {
          condval_44 = 0.000000e+00f;
}
        xv[28i] = condval_44;
        xv[29i] = fma(((xv[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        var condval_45 : f32;
        if ((((g_1[0i] * 32i) + 29i) < (kv[0i] * 4i))) {
          condval_45 = xv[29i];
} else {
          condval_45 = 0.000000e+00f;
}
        xv[29i] = condval_45;
        xv[30i] = fma(((xv[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        var condval_46 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -15i)) {
          condval_46 = xv[30i];
} else {
          condval_46 = 0.000000e+00f;
}
        xv[30i] = condval_46;
        xv[31i] = fma(((xv[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
        var condval_47 : f32;
        if ((((g_1[0i] * 32i) + 31i) < (kv[0i] * 4i))) {
          condval_47 = xv[31i];
} else {
          condval_47 = 0.000000e+00f;
}
        xv[31i] = condval_47;
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
      g_1[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 4i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_48 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_48 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_48 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_48[0];
        xv[0i + 1] = condval_48[1];
        xv[0i + 2] = condval_48[2];
        xv[0i + 3] = condval_48[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_49 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_49 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_49 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_49[0];
        xv[4i + 1] = condval_49[1];
        xv[4i + 2] = condval_49[2];
        xv[4i + 3] = condval_49[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_50 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_50 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_50 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_50[0];
        xv[8i + 1] = condval_50[1];
        xv[8i + 2] = condval_50[2];
        xv[8i + 3] = condval_50[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_51 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_51 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_51 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_51[0];
        xv[12i + 1] = condval_51[1];
        xv[12i + 2] = condval_51[2];
        xv[12i + 3] = condval_51[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_52 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_52 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_52 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_52[0];
        xv[16i + 1] = condval_52[1];
        xv[16i + 2] = condval_52[2];
        xv[16i + 3] = condval_52[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_53 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_53 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_53 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_53[0];
        xv[20i + 1] = condval_53[1];
        xv[20i + 2] = condval_53[2];
        xv[20i + 3] = condval_53[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_54 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_54 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_54 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_54[0];
        xv[24i + 1] = condval_54[1];
        xv[24i + 2] = condval_54[2];
        xv[24i + 3] = condval_54[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_55 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_55 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_55 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_55[0];
        xv[28i + 1] = condval_55[1];
        xv[28i + 2] = condval_55[2];
        xv[28i + 3] = condval_55[3];
        xv[0i] = fma(((xv[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        var condval_56 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < 0i)) {
          condval_56 = xv[0i];
} else {
          condval_56 = 0.000000e+00f;
}
        xv[0i] = condval_56;
        xv[1i] = fma(((xv[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        var condval_57 : f32;
        if ((((g_1[0i] * 32i) + 1i) < (kv[0i] * 4i))) {
          condval_57 = xv[1i];
} else {
          condval_57 = 0.000000e+00f;
}
        xv[1i] = condval_57;
        xv[2i] = fma(((xv[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        var condval_58 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -1i)) {
          condval_58 = xv[2i];
} else {
          condval_58 = 0.000000e+00f;
}
        xv[2i] = condval_58;
        xv[3i] = fma(((xv[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        var condval_59 : f32;
        if ((((g_1[0i] * 32i) + 3i) < (kv[0i] * 4i))) {
          condval_59 = xv[3i];
} else {
          condval_59 = 0.000000e+00f;
}
        xv[3i] = condval_59;
        xv[4i] = fma(((xv[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        var condval_60 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -1i)) {
          condval_60 = xv[4i];
} else {
          condval_60 = 0.000000e+00f;
}
        xv[4i] = condval_60;
        xv[5i] = fma(((xv[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        var condval_61 : f32;
        if ((((g_1[0i] * 32i) + 5i) < (kv[0i] * 4i))) {
          condval_61 = xv[5i];
} else {
          condval_61 = 0.000000e+00f;
}
        xv[5i] = condval_61;
        xv[6i] = fma(((xv[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        var condval_62 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -3i)) {
          condval_62 = xv[6i];
} else {
          condval_62 = 0.000000e+00f;
}
        xv[6i] = condval_62;
        xv[7i] = fma(((xv[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        var condval_63 : f32;
        if ((((g_1[0i] * 32i) + 7i) < (kv[0i] * 4i))) {
          condval_63 = xv[7i];
} else {
          condval_63 = 0.000000e+00f;
}
        xv[7i] = condval_63;
        xv[8i] = fma(((xv[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        var condval_64 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -2i)) {
          condval_64 = xv[8i];
} else {
          condval_64 = 0.000000e+00f;
}
        xv[8i] = condval_64;
        xv[9i] = fma(((xv[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        var condval_65 : f32;
        if ((((g_1[0i] * 32i) + 9i) < (kv[0i] * 4i))) {
          condval_65 = xv[9i];
} else {
          condval_65 = 0.000000e+00f;
}
        xv[9i] = condval_65;
        xv[10i] = fma(((xv[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        var condval_66 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -5i)) {
          condval_66 = xv[10i];
} else {
          condval_66 = 0.000000e+00f;
}
        xv[10i] = condval_66;
        xv[11i] = fma(((xv[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        var condval_67 : f32;
        if ((((g_1[0i] * 32i) + 11i) < (kv[0i] * 4i))) {
          condval_67 = xv[11i];
} else {
          condval_67 = 0.000000e+00f;
}
        xv[11i] = condval_67;
        xv[12i] = fma(((xv[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        var condval_68 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -3i)) {
          condval_68 = xv[12i];
} else {
          condval_68 = 0.000000e+00f;
}
        xv[12i] = condval_68;
        xv[13i] = fma(((xv[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        var condval_69 : f32;
        if ((((g_1[0i] * 32i) + 13i) < (kv[0i] * 4i))) {
          condval_69 = xv[13i];
} else {
          condval_69 = 0.000000e+00f;
}
        xv[13i] = condval_69;
        xv[14i] = fma(((xv[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        var condval_70 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -7i)) {
          condval_70 = xv[14i];
} else {
          condval_70 = 0.000000e+00f;
}
        xv[14i] = condval_70;
        xv[15i] = fma(((xv[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        var condval_71 : f32;
        if ((((g_1[0i] * 32i) + 15i) < (kv[0i] * 4i))) {
          condval_71 = xv[15i];
} else {
          condval_71 = 0.000000e+00f;
}
        xv[15i] = condval_71;
        xv[16i] = fma(((xv[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        var condval_72 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -4i)) {
          condval_72 = xv[16i];
} else {
          condval_72 = 0.000000e+00f;
}
        xv[16i] = condval_72;
        xv[17i] = fma(((xv[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        var condval_73 : f32;
        if ((((g_1[0i] * 32i) + 17i) < (kv[0i] * 4i))) {
          condval_73 = xv[17i];
} else {
          condval_73 = 0.000000e+00f;
}
        xv[17i] = condval_73;
        xv[18i] = fma(((xv[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        var condval_74 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -9i)) {
          condval_74 = xv[18i];
} else {
          condval_74 = 0.000000e+00f;
}
        xv[18i] = condval_74;
        xv[19i] = fma(((xv[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        var condval_75 : f32;
        if ((((g_1[0i] * 32i) + 19i) < (kv[0i] * 4i))) {
          condval_75 = xv[19i];
} else {
          condval_75 = 0.000000e+00f;
}
        xv[19i] = condval_75;
        xv[20i] = fma(((xv[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        var condval_76 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -5i)) {
          condval_76 = xv[20i];
} else {
          condval_76 = 0.000000e+00f;
}
        xv[20i] = condval_76;
        xv[21i] = fma(((xv[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        var condval_77 : f32;
        if ((((g_1[0i] * 32i) + 21i) < (kv[0i] * 4i))) {
          condval_77 = xv[21i];
} else {
          condval_77 = 0.000000e+00f;
}
        xv[21i] = condval_77;
        xv[22i] = fma(((xv[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        var condval_78 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -11i)) {
          condval_78 = xv[22i];
} else {
          condval_78 = 0.000000e+00f;
}
        xv[22i] = condval_78;
        xv[23i] = fma(((xv[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        var condval_79 : f32;
        if ((((g_1[0i] * 32i) + 23i) < (kv[0i] * 4i))) {
          condval_79 = xv[23i];
} else {
          condval_79 = 0.000000e+00f;
}
        xv[23i] = condval_79;
        xv[24i] = fma(((xv[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        var condval_80 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -6i)) {
          condval_80 = xv[24i];
} else {
          condval_80 = 0.000000e+00f;
}
        xv[24i] = condval_80;
        xv[25i] = fma(((xv[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        var condval_81 : f32;
        if ((((g_1[0i] * 32i) + 25i) < (kv[0i] * 4i))) {
          condval_81 = xv[25i];
} else {
          condval_81 = 0.000000e+00f;
}
        xv[25i] = condval_81;
        xv[26i] = fma(((xv[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        var condval_82 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -13i)) {
          condval_82 = xv[26i];
} else {
          condval_82 = 0.000000e+00f;
}
        xv[26i] = condval_82;
        xv[27i] = fma(((xv[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        var condval_83 : f32;
        if ((((g_1[0i] * 32i) + 27i) < (kv[0i] * 4i))) {
          condval_83 = xv[27i];
} else {
          condval_83 = 0.000000e+00f;
}
        xv[27i] = condval_83;
        xv[28i] = fma(((xv[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        var condval_84 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -7i)) {
          condval_84 = xv[28i];
} else {
          condval_84 = 0.000000e+00f;
}
        xv[28i] = condval_84;
        xv[29i] = fma(((xv[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        var condval_85 : f32;
        if ((((g_1[0i] * 32i) + 29i) < (kv[0i] * 4i))) {
          condval_85 = xv[29i];
} else {
          condval_85 = 0.000000e+00f;
}
        xv[29i] = condval_85;
        xv[30i] = fma(((xv[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        var condval_86 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -15i)) {
          condval_86 = xv[30i];
} else {
          condval_86 = 0.000000e+00f;
}
        xv[30i] = condval_86;
        xv[31i] = fma(((xv[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
        var condval_87 : f32;
        if ((((g_1[0i] * 32i) + 31i) < (kv[0i] * 4i))) {
          condval_87 = xv[31i];
} else {
          condval_87 = 0.000000e+00f;
}
        xv[31i] = condval_87;
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
      g_1[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 8i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_88 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_88 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_88 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_88[0];
        xv[0i + 1] = condval_88[1];
        xv[0i + 2] = condval_88[2];
        xv[0i + 3] = condval_88[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_89 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_89 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_89 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_89[0];
        xv[4i + 1] = condval_89[1];
        xv[4i + 2] = condval_89[2];
        xv[4i + 3] = condval_89[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_90 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_90 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_90 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_90[0];
        xv[8i + 1] = condval_90[1];
        xv[8i + 2] = condval_90[2];
        xv[8i + 3] = condval_90[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_91 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_91 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_91 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_91[0];
        xv[12i + 1] = condval_91[1];
        xv[12i + 2] = condval_91[2];
        xv[12i + 3] = condval_91[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_92 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_92 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_92 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_92[0];
        xv[16i + 1] = condval_92[1];
        xv[16i + 2] = condval_92[2];
        xv[16i + 3] = condval_92[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_93 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_93 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_93 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_93[0];
        xv[20i + 1] = condval_93[1];
        xv[20i + 2] = condval_93[2];
        xv[20i + 3] = condval_93[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_94 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_94 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_94 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_94[0];
        xv[24i + 1] = condval_94[1];
        xv[24i + 2] = condval_94[2];
        xv[24i + 3] = condval_94[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_95 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_95 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_95 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_95[0];
        xv[28i + 1] = condval_95[1];
        xv[28i + 2] = condval_95[2];
        xv[28i + 3] = condval_95[3];
        xv[0i] = fma(((xv[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        var condval_96 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < 0i)) {
          condval_96 = xv[0i];
} else {
          condval_96 = 0.000000e+00f;
}
        xv[0i] = condval_96;
        xv[1i] = fma(((xv[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        var condval_97 : f32;
        if ((((g_1[0i] * 32i) + 1i) < (kv[0i] * 4i))) {
          condval_97 = xv[1i];
} else {
          condval_97 = 0.000000e+00f;
}
        xv[1i] = condval_97;
        xv[2i] = fma(((xv[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        var condval_98 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -1i)) {
          condval_98 = xv[2i];
} else {
          condval_98 = 0.000000e+00f;
}
        xv[2i] = condval_98;
        xv[3i] = fma(((xv[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        var condval_99 : f32;
        if ((((g_1[0i] * 32i) + 3i) < (kv[0i] * 4i))) {
          condval_99 = xv[3i];
} else {
          condval_99 = 0.000000e+00f;
}
        xv[3i] = condval_99;
        xv[4i] = fma(((xv[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        var condval_100 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -1i)) {
          condval_100 = xv[4i];
} else {
          condval_100 = 0.000000e+00f;
}
        xv[4i] = condval_100;
        xv[5i] = fma(((xv[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        var condval_101 : f32;
        if ((((g_1[0i] * 32i) + 5i) < (kv[0i] * 4i))) {
          condval_101 = xv[5i];
} else {
          condval_101 = 0.000000e+00f;
}
        xv[5i] = condval_101;
        xv[6i] = fma(((xv[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        var condval_102 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -3i)) {
          condval_102 = xv[6i];
} else {
          condval_102 = 0.000000e+00f;
}
        xv[6i] = condval_102;
        xv[7i] = fma(((xv[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        var condval_103 : f32;
        if ((((g_1[0i] * 32i) + 7i) < (kv[0i] * 4i))) {
          condval_103 = xv[7i];
} else {
          condval_103 = 0.000000e+00f;
}
        xv[7i] = condval_103;
        xv[8i] = fma(((xv[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        var condval_104 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -2i)) {
          condval_104 = xv[8i];
} else {
          condval_104 = 0.000000e+00f;
}
        xv[8i] = condval_104;
        xv[9i] = fma(((xv[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        var condval_105 : f32;
        if ((((g_1[0i] * 32i) + 9i) < (kv[0i] * 4i))) {
          condval_105 = xv[9i];
} else {
          condval_105 = 0.000000e+00f;
}
        xv[9i] = condval_105;
        xv[10i] = fma(((xv[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        var condval_106 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -5i)) {
          condval_106 = xv[10i];
} else {
          condval_106 = 0.000000e+00f;
}
        xv[10i] = condval_106;
        xv[11i] = fma(((xv[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        var condval_107 : f32;
        if ((((g_1[0i] * 32i) + 11i) < (kv[0i] * 4i))) {
          condval_107 = xv[11i];
} else {
          condval_107 = 0.000000e+00f;
}
        xv[11i] = condval_107;
        xv[12i] = fma(((xv[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        var condval_108 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -3i)) {
          condval_108 = xv[12i];
} else {
          condval_108 = 0.000000e+00f;
}
        xv[12i] = condval_108;
        xv[13i] = fma(((xv[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        var condval_109 : f32;
        if ((((g_1[0i] * 32i) + 13i) < (kv[0i] * 4i))) {
          condval_109 = xv[13i];
} else {
          condval_109 = 0.000000e+00f;
}
        xv[13i] = condval_109;
        xv[14i] = fma(((xv[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        var condval_110 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -7i)) {
          condval_110 = xv[14i];
} else {
          condval_110 = 0.000000e+00f;
}
        xv[14i] = condval_110;
        xv[15i] = fma(((xv[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        var condval_111 : f32;
        if ((((g_1[0i] * 32i) + 15i) < (kv[0i] * 4i))) {
          condval_111 = xv[15i];
} else {
          condval_111 = 0.000000e+00f;
}
        xv[15i] = condval_111;
        xv[16i] = fma(((xv[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        var condval_112 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -4i)) {
          condval_112 = xv[16i];
} else {
          condval_112 = 0.000000e+00f;
}
        xv[16i] = condval_112;
        xv[17i] = fma(((xv[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        var condval_113 : f32;
        if ((((g_1[0i] * 32i) + 17i) < (kv[0i] * 4i))) {
          condval_113 = xv[17i];
} else {
          condval_113 = 0.000000e+00f;
}
        xv[17i] = condval_113;
        xv[18i] = fma(((xv[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        var condval_114 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -9i)) {
          condval_114 = xv[18i];
} else {
          condval_114 = 0.000000e+00f;
}
        xv[18i] = condval_114;
        xv[19i] = fma(((xv[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        var condval_115 : f32;
        if ((((g_1[0i] * 32i) + 19i) < (kv[0i] * 4i))) {
          condval_115 = xv[19i];
} else {
          condval_115 = 0.000000e+00f;
}
        xv[19i] = condval_115;
        xv[20i] = fma(((xv[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        var condval_116 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -5i)) {
          condval_116 = xv[20i];
} else {
          condval_116 = 0.000000e+00f;
}
        xv[20i] = condval_116;
        xv[21i] = fma(((xv[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        var condval_117 : f32;
        if ((((g_1[0i] * 32i) + 21i) < (kv[0i] * 4i))) {
          condval_117 = xv[21i];
} else {
          condval_117 = 0.000000e+00f;
}
        xv[21i] = condval_117;
        xv[22i] = fma(((xv[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        var condval_118 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -11i)) {
          condval_118 = xv[22i];
} else {
          condval_118 = 0.000000e+00f;
}
        xv[22i] = condval_118;
        xv[23i] = fma(((xv[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        var condval_119 : f32;
        if ((((g_1[0i] * 32i) + 23i) < (kv[0i] * 4i))) {
          condval_119 = xv[23i];
} else {
          condval_119 = 0.000000e+00f;
}
        xv[23i] = condval_119;
        xv[24i] = fma(((xv[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        var condval_120 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -6i)) {
          condval_120 = xv[24i];
} else {
          condval_120 = 0.000000e+00f;
}
        xv[24i] = condval_120;
        xv[25i] = fma(((xv[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        var condval_121 : f32;
        if ((((g_1[0i] * 32i) + 25i) < (kv[0i] * 4i))) {
          condval_121 = xv[25i];
} else {
          condval_121 = 0.000000e+00f;
}
        xv[25i] = condval_121;
        xv[26i] = fma(((xv[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        var condval_122 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -13i)) {
          condval_122 = xv[26i];
} else {
          condval_122 = 0.000000e+00f;
}
        xv[26i] = condval_122;
        xv[27i] = fma(((xv[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        var condval_123 : f32;
        if ((((g_1[0i] * 32i) + 27i) < (kv[0i] * 4i))) {
          condval_123 = xv[27i];
} else {
          condval_123 = 0.000000e+00f;
}
        xv[27i] = condval_123;
        xv[28i] = fma(((xv[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        var condval_124 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -7i)) {
          condval_124 = xv[28i];
} else {
          condval_124 = 0.000000e+00f;
}
        xv[28i] = condval_124;
        xv[29i] = fma(((xv[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        var condval_125 : f32;
        if ((((g_1[0i] * 32i) + 29i) < (kv[0i] * 4i))) {
          condval_125 = xv[29i];
} else {
          condval_125 = 0.000000e+00f;
}
        xv[29i] = condval_125;
        xv[30i] = fma(((xv[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        var condval_126 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -15i)) {
          condval_126 = xv[30i];
} else {
          condval_126 = 0.000000e+00f;
}
        xv[30i] = condval_126;
        xv[31i] = fma(((xv[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
        var condval_127 : f32;
        if ((((g_1[0i] * 32i) + 31i) < (kv[0i] * 4i))) {
          condval_127 = xv[31i];
} else {
          condval_127 = 0.000000e+00f;
}
        xv[31i] = condval_127;
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[0i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[1i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[2i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[3i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[4i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[5i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[6i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[2i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[7i], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[8i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[9i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[10i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[11i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[12i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[13i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[14i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[2i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[15i], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[16i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[17i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[18i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[19i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[20i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[21i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[22i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[2i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[23i], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[24i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[25i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[26i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[27i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[28i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[29i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[30i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[2i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[31i], part[3i]);
        acc[0i] = fma(sc[2i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
      g_1[0i] = (((g0 * 16i) + i32(threadIdx.x)) + 12i);
      if (g_1[0i] < podArgs.groups) {
        c[0i] = (g_1[0i] * 8i);
        var condval_128 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_128 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_128 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_128[0];
        xv[0i + 1] = condval_128[1];
        xv[0i + 2] = condval_128[2];
        xv[0i + 3] = condval_128[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_129 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_129 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_129 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_129[0];
        xv[4i + 1] = condval_129[1];
        xv[4i + 2] = condval_129[2];
        xv[4i + 3] = condval_129[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_130 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_130 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_130 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_130[0];
        xv[8i + 1] = condval_130[1];
        xv[8i + 2] = condval_130[2];
        xv[8i + 3] = condval_130[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_131 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_131 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_131 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_131[0];
        xv[12i + 1] = condval_131[1];
        xv[12i + 2] = condval_131[2];
        xv[12i + 3] = condval_131[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_132 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_132 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_132 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_132[0];
        xv[16i + 1] = condval_132[1];
        xv[16i + 2] = condval_132[2];
        xv[16i + 3] = condval_132[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_133 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_133 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_133 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_133[0];
        xv[20i + 1] = condval_133[1];
        xv[20i + 2] = condval_133[2];
        xv[20i + 3] = condval_133[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_134 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_134 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_134 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_134[0];
        xv[24i + 1] = condval_134[1];
        xv[24i + 2] = condval_134[2];
        xv[24i + 3] = condval_134[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_135 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_135 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_135 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_135[0];
        xv[28i + 1] = condval_135[1];
        xv[28i + 2] = condval_135[2];
        xv[28i + 3] = condval_135[3];
        xv[0i] = fma(((xv[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        var condval_136 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < 0i)) {
          condval_136 = xv[0i];
} else {
          condval_136 = 0.000000e+00f;
}
        xv[0i] = condval_136;
        xv[1i] = fma(((xv[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        var condval_137 : f32;
        if ((((g_1[0i] * 32i) + 1i) < (kv[0i] * 4i))) {
          condval_137 = xv[1i];
} else {
          condval_137 = 0.000000e+00f;
}
        xv[1i] = condval_137;
        xv[2i] = fma(((xv[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        var condval_138 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -1i)) {
          condval_138 = xv[2i];
} else {
          condval_138 = 0.000000e+00f;
}
        xv[2i] = condval_138;
        xv[3i] = fma(((xv[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        var condval_139 : f32;
        if ((((g_1[0i] * 32i) + 3i) < (kv[0i] * 4i))) {
          condval_139 = xv[3i];
} else {
          condval_139 = 0.000000e+00f;
}
        xv[3i] = condval_139;
        xv[4i] = fma(((xv[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        var condval_140 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -1i)) {
          condval_140 = xv[4i];
} else {
          condval_140 = 0.000000e+00f;
}
        xv[4i] = condval_140;
        xv[5i] = fma(((xv[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        var condval_141 : f32;
        if ((((g_1[0i] * 32i) + 5i) < (kv[0i] * 4i))) {
          condval_141 = xv[5i];
} else {
          condval_141 = 0.000000e+00f;
}
        xv[5i] = condval_141;
        xv[6i] = fma(((xv[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        var condval_142 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -3i)) {
          condval_142 = xv[6i];
} else {
          condval_142 = 0.000000e+00f;
}
        xv[6i] = condval_142;
        xv[7i] = fma(((xv[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        var condval_143 : f32;
        if ((((g_1[0i] * 32i) + 7i) < (kv[0i] * 4i))) {
          condval_143 = xv[7i];
} else {
          condval_143 = 0.000000e+00f;
}
        xv[7i] = condval_143;
        xv[8i] = fma(((xv[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        var condval_144 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -2i)) {
          condval_144 = xv[8i];
} else {
          condval_144 = 0.000000e+00f;
}
        xv[8i] = condval_144;
        xv[9i] = fma(((xv[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        var condval_145 : f32;
        if ((((g_1[0i] * 32i) + 9i) < (kv[0i] * 4i))) {
          condval_145 = xv[9i];
} else {
          condval_145 = 0.000000e+00f;
}
        xv[9i] = condval_145;
        xv[10i] = fma(((xv[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        var condval_146 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -5i)) {
          condval_146 = xv[10i];
} else {
          condval_146 = 0.000000e+00f;
}
        xv[10i] = condval_146;
        xv[11i] = fma(((xv[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        var condval_147 : f32;
        if ((((g_1[0i] * 32i) + 11i) < (kv[0i] * 4i))) {
          condval_147 = xv[11i];
} else {
          condval_147 = 0.000000e+00f;
}
        xv[11i] = condval_147;
        xv[12i] = fma(((xv[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        var condval_148 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -3i)) {
          condval_148 = xv[12i];
} else {
          condval_148 = 0.000000e+00f;
}
        xv[12i] = condval_148;
        xv[13i] = fma(((xv[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        var condval_149 : f32;
        if ((((g_1[0i] * 32i) + 13i) < (kv[0i] * 4i))) {
          condval_149 = xv[13i];
} else {
          condval_149 = 0.000000e+00f;
}
        xv[13i] = condval_149;
        xv[14i] = fma(((xv[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        var condval_150 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -7i)) {
          condval_150 = xv[14i];
} else {
          condval_150 = 0.000000e+00f;
}
        xv[14i] = condval_150;
        xv[15i] = fma(((xv[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        var condval_151 : f32;
        if ((((g_1[0i] * 32i) + 15i) < (kv[0i] * 4i))) {
          condval_151 = xv[15i];
} else {
          condval_151 = 0.000000e+00f;
}
        xv[15i] = condval_151;
        xv[16i] = fma(((xv[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        var condval_152 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -4i)) {
          condval_152 = xv[16i];
} else {
          condval_152 = 0.000000e+00f;
}
        xv[16i] = condval_152;
        xv[17i] = fma(((xv[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        var condval_153 : f32;
        if ((((g_1[0i] * 32i) + 17i) < (kv[0i] * 4i))) {
          condval_153 = xv[17i];
} else {
          condval_153 = 0.000000e+00f;
}
        xv[17i] = condval_153;
        xv[18i] = fma(((xv[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        var condval_154 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -9i)) {
          condval_154 = xv[18i];
} else {
          condval_154 = 0.000000e+00f;
}
        xv[18i] = condval_154;
        xv[19i] = fma(((xv[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        var condval_155 : f32;
        if ((((g_1[0i] * 32i) + 19i) < (kv[0i] * 4i))) {
          condval_155 = xv[19i];
} else {
          condval_155 = 0.000000e+00f;
}
        xv[19i] = condval_155;
        xv[20i] = fma(((xv[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        var condval_156 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -5i)) {
          condval_156 = xv[20i];
} else {
          condval_156 = 0.000000e+00f;
}
        xv[20i] = condval_156;
        xv[21i] = fma(((xv[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        var condval_157 : f32;
        if ((((g_1[0i] * 32i) + 21i) < (kv[0i] * 4i))) {
          condval_157 = xv[21i];
} else {
          condval_157 = 0.000000e+00f;
}
        xv[21i] = condval_157;
        xv[22i] = fma(((xv[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        var condval_158 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -11i)) {
          condval_158 = xv[22i];
} else {
          condval_158 = 0.000000e+00f;
}
        xv[22i] = condval_158;
        xv[23i] = fma(((xv[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        var condval_159 : f32;
        if ((((g_1[0i] * 32i) + 23i) < (kv[0i] * 4i))) {
          condval_159 = xv[23i];
} else {
          condval_159 = 0.000000e+00f;
}
        xv[23i] = condval_159;
        xv[24i] = fma(((xv[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        var condval_160 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -6i)) {
          condval_160 = xv[24i];
} else {
          condval_160 = 0.000000e+00f;
}
        xv[24i] = condval_160;
        xv[25i] = fma(((xv[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        var condval_161 : f32;
        if ((((g_1[0i] * 32i) + 25i) < (kv[0i] * 4i))) {
          condval_161 = xv[25i];
} else {
          condval_161 = 0.000000e+00f;
}
        xv[25i] = condval_161;
        xv[26i] = fma(((xv[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        var condval_162 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -13i)) {
          condval_162 = xv[26i];
} else {
          condval_162 = 0.000000e+00f;
}
        xv[26i] = condval_162;
        xv[27i] = fma(((xv[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        var condval_163 : f32;
        if ((((g_1[0i] * 32i) + 27i) < (kv[0i] * 4i))) {
          condval_163 = xv[27i];
} else {
          condval_163 = 0.000000e+00f;
}
        xv[27i] = condval_163;
        xv[28i] = fma(((xv[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        var condval_164 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -7i)) {
          condval_164 = xv[28i];
} else {
          condval_164 = 0.000000e+00f;
}
        xv[28i] = condval_164;
        xv[29i] = fma(((xv[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        var condval_165 : f32;
        if ((((g_1[0i] * 32i) + 29i) < (kv[0i] * 4i))) {
          condval_165 = xv[29i];
} else {
          condval_165 = 0.000000e+00f;
}
        xv[29i] = condval_165;
        xv[30i] = fma(((xv[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        var condval_166 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -15i)) {
          condval_166 = xv[30i];
} else {
          condval_166 = 0.000000e+00f;
}
        xv[30i] = condval_166;
        xv[31i] = fma(((xv[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
        var condval_167 : f32;
        if ((((g_1[0i] * 32i) + 31i) < (kv[0i] * 4i))) {
          condval_167 = xv[31i];
} else {
          condval_167 = 0.000000e+00f;
}
        xv[31i] = condval_167;
        part[0i] = 0.000000e+00f;
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[0i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[1i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[2i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[3i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[4i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[5i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[6i], part[0i]);
        part[0i] = fma((bitcast<f32>(((((w[3i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[7i], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[8i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[9i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[10i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[11i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[12i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[13i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[14i], part[1i]);
        part[1i] = fma((bitcast<f32>(((((w[3i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[15i], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[16i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[17i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[18i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[19i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[20i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[21i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[22i], part[2i]);
        part[2i] = fma((bitcast<f32>(((((w[3i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[23i], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[24i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[25i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[26i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[27i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[28i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[29i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[30i], part[3i]);
        part[3i] = fma((bitcast<f32>(((((w[3i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f), xv[31i], part[3i]);
        acc[0i] = fma(sc[3i], ((part[0i] + part[1i]) + (part[2i] + part[3i])), acc[0i]);
      }
    }
  }
  flat[((i32(threadIdx.y) * 4i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 2i) {
    let cse_v9 : i32 = ((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i));
    flat[((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i))] = (flat[((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i))] + flat[(((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i)) + 1i)]);
  }
  workgroupBarrier();
  total[0i] = (flat[(i32(threadIdx.y) * 4i)] + flat[((i32(threadIdx.y) * 4i) + 2i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = total[0i];
  }
}


