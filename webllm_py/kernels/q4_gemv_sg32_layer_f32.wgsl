// Function: q4_gemv_sg32_layer_f32_kernel
//----------------------------------------
// Function: q4_gemv_sg32_layer_f32_kernel
//----------------------------------------
enable subgroups;

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
@compute @workgroup_size(32, 8, 1)
fn q4_gemv_sg32_layer_f32_kernel(
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
  var w : array<vec4<u32>, 2>;
  var sc : array<f32, 2>;
  var xv : array<f32, 32>;
  var part : array<f32, 4>;
  var g : array<i32, 1>;
  var g_1 : array<i32, 1>;
  var c : array<i32, 1>;
  kv[0i] = podArgs.kxv;
  stat[1i] = 0.000000e+00f;
  tmp[4i] = 0.000000e+00f;
  let cse_v3 : i32 = (i32(threadIdx.y) * 32i);
  let cse_v4 : i32 = (podArgs.row * podArgs.kxv);
  for (var j0 : i32 = 0i; j0 < ((kv[0i] + 255i)>>8u); j0++) {
    j[0i] = (((j0 * 256i) + (i32(threadIdx.y) * 32i)) + i32(threadIdx.x));
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
  let cse_v6 : i32 = ((i32(threadIdx.y) * 32i) + i32(threadIdx.x));
  flat[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = tmp[4i];
  workgroupBarrier();
  let cse_v7 : i32 = ((i32(threadIdx.y) * 2i) + (i32(threadIdx.x)>>4u));
  let cse_v8 : i32 = ((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i));
  let cse_v10 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 1i);
  let cse_v11 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 2i);
  let cse_v12 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 3i);
  let cse_v13 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 4i);
  let cse_v14 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 5i);
  let cse_v15 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 6i);
  let cse_v16 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 7i);
  let cse_v17 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 8i);
  let cse_v18 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 9i);
  let cse_v19 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 10i);
  let cse_v20 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 11i);
  let cse_v21 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 12i);
  let cse_v22 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 13i);
  let cse_v23 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 14i);
  let cse_v24 : i32 = (((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 15i);
  if (((i32(threadIdx.y) * 2i) + (i32(threadIdx.x)>>4u)) < 1i) {
    flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] = (((((((((((((((flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 1i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 2i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 3i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 4i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 5i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 6i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 7i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 8i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 9i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 10i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 11i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 12i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 13i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 14i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 15i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((((((((((flat[0i] + flat[16i]) + flat[32i]) + flat[48i]) + flat[64i]) + flat[80i]) + flat[96i]) + flat[112i]) + flat[128i]) + flat[144i]) + flat[160i]) + flat[176i]) + flat[192i]) + flat[208i]) + flat[224i]) + flat[240i]);
  }
  workgroupBarrier();
  stat[1i] = (flat[0i] / f32((kv[0i] * 4i)));
  workgroupBarrier();
  tmp[4i] = 0.000000e+00f;
  for (var j0_1 : i32 = 0i; j0_1 < ((kv[0i] + 255i)>>8u); j0_1++) {
    j_1[0i] = (((j0_1 * 256i) + (i32(threadIdx.y) * 32i)) + i32(threadIdx.x));
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
  flat[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = tmp[4i];
  workgroupBarrier();
  if (((i32(threadIdx.y) * 2i) + (i32(threadIdx.x)>>4u)) < 1i) {
    flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] = (((((((((((((((flat[((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i))] + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 1i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 2i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 3i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 4i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 5i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 6i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 7i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 8i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 9i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 10i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 11i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 12i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 13i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 14i)]) + flat[(((i32(threadIdx.y) * 512i) + (i32(threadIdx.x) * 16i)) + 15i)]);
  }
  workgroupBarrier();
  if (((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) == 0i) {
    flat[0i] = (((((((((((((((flat[0i] + flat[16i]) + flat[32i]) + flat[48i]) + flat[64i]) + flat[80i]) + flat[96i]) + flat[112i]) + flat[128i]) + flat[144i]) + flat[160i]) + flat[176i]) + flat[192i]) + flat[208i]) + flat[224i]) + flat[240i]);
  }
  workgroupBarrier();
  stat[0i] = (1.000000e+00f / sqrt(((flat[0i] / f32((kv[0i] * 4i))) + podArgs.eps)));
  workgroupBarrier();
  r[0i] = ((v__1 * 8i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    for (var g0 : i32 = 0i; g0 < ((podArgs.groups + 63i)>>6u); g0++) {
      let cse_v9 : i32 = ((g0 * 64i) + i32(threadIdx.x));
      g[0i] = ((g0 * 64i) + i32(threadIdx.x));
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
      let cse_v25 : i32 = (((g0 * 64i) + i32(threadIdx.x)) + 32i);
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
        condval_3 = S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))];
} else {
        condval_3 = 0.000000e+00f;
}
      sc[1i] = condval_3;
      g_1[0i] = ((g0 * 64i) + i32(threadIdx.x));
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
        xv[0i] = fma(((xv[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        var condval_12 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < 0i)) {
          condval_12 = xv[0i];
} else {
          condval_12 = 0.000000e+00f;
}
        xv[0i] = condval_12;
        xv[1i] = fma(((xv[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        var condval_13 : f32;
        if ((((g_1[0i] * 32i) + 1i) < (kv[0i] * 4i))) {
          condval_13 = xv[1i];
} else {
          condval_13 = 0.000000e+00f;
}
        xv[1i] = condval_13;
        xv[2i] = fma(((xv[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        var condval_14 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -1i)) {
          condval_14 = xv[2i];
} else {
          condval_14 = 0.000000e+00f;
}
        xv[2i] = condval_14;
        xv[3i] = fma(((xv[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        var condval_15 : f32;
        if ((((g_1[0i] * 32i) + 3i) < (kv[0i] * 4i))) {
          condval_15 = xv[3i];
} else {
          condval_15 = 0.000000e+00f;
}
        xv[3i] = condval_15;
        xv[4i] = fma(((xv[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        var condval_16 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -1i)) {
          condval_16 = xv[4i];
} else {
          condval_16 = 0.000000e+00f;
}
        xv[4i] = condval_16;
        xv[5i] = fma(((xv[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        var condval_17 : f32;
        if ((((g_1[0i] * 32i) + 5i) < (kv[0i] * 4i))) {
          condval_17 = xv[5i];
} else {
          condval_17 = 0.000000e+00f;
}
        xv[5i] = condval_17;
        xv[6i] = fma(((xv[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        var condval_18 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -3i)) {
          condval_18 = xv[6i];
} else {
          condval_18 = 0.000000e+00f;
}
        xv[6i] = condval_18;
        xv[7i] = fma(((xv[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        var condval_19 : f32;
        if ((((g_1[0i] * 32i) + 7i) < (kv[0i] * 4i))) {
          condval_19 = xv[7i];
} else {
          condval_19 = 0.000000e+00f;
}
        xv[7i] = condval_19;
        xv[8i] = fma(((xv[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        var condval_20 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -2i)) {
          condval_20 = xv[8i];
} else {
          condval_20 = 0.000000e+00f;
}
        xv[8i] = condval_20;
        xv[9i] = fma(((xv[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        var condval_21 : f32;
        if ((((g_1[0i] * 32i) + 9i) < (kv[0i] * 4i))) {
          condval_21 = xv[9i];
} else {
          condval_21 = 0.000000e+00f;
}
        xv[9i] = condval_21;
        xv[10i] = fma(((xv[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        var condval_22 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -5i)) {
          condval_22 = xv[10i];
} else {
          condval_22 = 0.000000e+00f;
}
        xv[10i] = condval_22;
        xv[11i] = fma(((xv[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        var condval_23 : f32;
        if ((((g_1[0i] * 32i) + 11i) < (kv[0i] * 4i))) {
          condval_23 = xv[11i];
} else {
          condval_23 = 0.000000e+00f;
}
        xv[11i] = condval_23;
        xv[12i] = fma(((xv[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        var condval_24 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -3i)) {
          condval_24 = xv[12i];
} else {
          condval_24 = 0.000000e+00f;
}
        xv[12i] = condval_24;
        xv[13i] = fma(((xv[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        var condval_25 : f32;
        if ((((g_1[0i] * 32i) + 13i) < (kv[0i] * 4i))) {
          condval_25 = xv[13i];
} else {
          condval_25 = 0.000000e+00f;
}
        xv[13i] = condval_25;
        xv[14i] = fma(((xv[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        var condval_26 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -7i)) {
          condval_26 = xv[14i];
} else {
          condval_26 = 0.000000e+00f;
}
        xv[14i] = condval_26;
        xv[15i] = fma(((xv[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        var condval_27 : f32;
        if ((((g_1[0i] * 32i) + 15i) < (kv[0i] * 4i))) {
          condval_27 = xv[15i];
} else {
          condval_27 = 0.000000e+00f;
}
        xv[15i] = condval_27;
        xv[16i] = fma(((xv[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        var condval_28 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -4i)) {
          condval_28 = xv[16i];
} else {
          condval_28 = 0.000000e+00f;
}
        xv[16i] = condval_28;
        xv[17i] = fma(((xv[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        var condval_29 : f32;
        if ((((g_1[0i] * 32i) + 17i) < (kv[0i] * 4i))) {
          condval_29 = xv[17i];
} else {
          condval_29 = 0.000000e+00f;
}
        xv[17i] = condval_29;
        xv[18i] = fma(((xv[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        var condval_30 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -9i)) {
          condval_30 = xv[18i];
} else {
          condval_30 = 0.000000e+00f;
}
        xv[18i] = condval_30;
        xv[19i] = fma(((xv[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        var condval_31 : f32;
        if ((((g_1[0i] * 32i) + 19i) < (kv[0i] * 4i))) {
          condval_31 = xv[19i];
} else {
          condval_31 = 0.000000e+00f;
}
        xv[19i] = condval_31;
        xv[20i] = fma(((xv[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        var condval_32 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -5i)) {
          condval_32 = xv[20i];
} else {
          condval_32 = 0.000000e+00f;
}
        xv[20i] = condval_32;
        xv[21i] = fma(((xv[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        var condval_33 : f32;
        if ((((g_1[0i] * 32i) + 21i) < (kv[0i] * 4i))) {
          condval_33 = xv[21i];
} else {
          condval_33 = 0.000000e+00f;
}
        xv[21i] = condval_33;
        xv[22i] = fma(((xv[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        var condval_34 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -11i)) {
          condval_34 = xv[22i];
} else {
          condval_34 = 0.000000e+00f;
}
        xv[22i] = condval_34;
        xv[23i] = fma(((xv[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        var condval_35 : f32;
        if ((((g_1[0i] * 32i) + 23i) < (kv[0i] * 4i))) {
          condval_35 = xv[23i];
} else {
          condval_35 = 0.000000e+00f;
}
        xv[23i] = condval_35;
        xv[24i] = fma(((xv[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        var condval_36 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -6i)) {
          condval_36 = xv[24i];
} else {
          condval_36 = 0.000000e+00f;
}
        xv[24i] = condval_36;
        xv[25i] = fma(((xv[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        var condval_37 : f32;
        if ((((g_1[0i] * 32i) + 25i) < (kv[0i] * 4i))) {
          condval_37 = xv[25i];
} else {
          condval_37 = 0.000000e+00f;
}
        xv[25i] = condval_37;
        xv[26i] = fma(((xv[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        var condval_38 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -13i)) {
          condval_38 = xv[26i];
} else {
          condval_38 = 0.000000e+00f;
}
        xv[26i] = condval_38;
        xv[27i] = fma(((xv[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        var condval_39 : f32;
        if ((((g_1[0i] * 32i) + 27i) < (kv[0i] * 4i))) {
          condval_39 = xv[27i];
} else {
          condval_39 = 0.000000e+00f;
}
        xv[27i] = condval_39;
        xv[28i] = fma(((xv[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        var condval_40 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -7i)) {
          condval_40 = xv[28i];
} else {
          condval_40 = 0.000000e+00f;
}
        xv[28i] = condval_40;
        xv[29i] = fma(((xv[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        var condval_41 : f32;
        if ((((g_1[0i] * 32i) + 29i) < (kv[0i] * 4i))) {
          condval_41 = xv[29i];
} else {
          condval_41 = 0.000000e+00f;
}
        xv[29i] = condval_41;
        xv[30i] = fma(((xv[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        var condval_42 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -15i)) {
          condval_42 = xv[30i];
} else {
          condval_42 = 0.000000e+00f;
}
        xv[30i] = condval_42;
        xv[31i] = fma(((xv[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
        var condval_43 : f32;
        if ((((g_1[0i] * 32i) + 31i) < (kv[0i] * 4i))) {
          condval_43 = xv[31i];
} else {
          condval_43 = 0.000000e+00f;
}
        xv[31i] = condval_43;
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
        var condval_44 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_44 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_44 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_44[0];
        xv[0i + 1] = condval_44[1];
        xv[0i + 2] = condval_44[2];
        xv[0i + 3] = condval_44[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_45 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_45 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_45 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_45[0];
        xv[4i + 1] = condval_45[1];
        xv[4i + 2] = condval_45[2];
        xv[4i + 3] = condval_45[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_46 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_46 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_46 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_46[0];
        xv[8i + 1] = condval_46[1];
        xv[8i + 2] = condval_46[2];
        xv[8i + 3] = condval_46[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_47 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_47 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_47 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_47[0];
        xv[12i + 1] = condval_47[1];
        xv[12i + 2] = condval_47[2];
        xv[12i + 3] = condval_47[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_48 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_48 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_48 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_48[0];
        xv[16i + 1] = condval_48[1];
        xv[16i + 2] = condval_48[2];
        xv[16i + 3] = condval_48[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_49 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_49 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_49 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_49[0];
        xv[20i + 1] = condval_49[1];
        xv[20i + 2] = condval_49[2];
        xv[20i + 3] = condval_49[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_50 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_50 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_50 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_50[0];
        xv[24i + 1] = condval_50[1];
        xv[24i + 2] = condval_50[2];
        xv[24i + 3] = condval_50[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_51 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_51 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_51 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_51[0];
        xv[28i + 1] = condval_51[1];
        xv[28i + 2] = condval_51[2];
        xv[28i + 3] = condval_51[3];
        xv[0i] = fma(((xv[0i] - stat[1i]) * stat[0i]), Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        var condval_52 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < 0i)) {
          condval_52 = xv[0i];
} else {
          condval_52 = 0.000000e+00f;
}
        xv[0i] = condval_52;
        xv[1i] = fma(((xv[1i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        var condval_53 : f32;
        if ((((g_1[0i] * 32i) + 1i) < (kv[0i] * 4i))) {
          condval_53 = xv[1i];
} else {
          condval_53 = 0.000000e+00f;
}
        xv[1i] = condval_53;
        xv[2i] = fma(((xv[2i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        var condval_54 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -1i)) {
          condval_54 = xv[2i];
} else {
          condval_54 = 0.000000e+00f;
}
        xv[2i] = condval_54;
        xv[3i] = fma(((xv[3i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        var condval_55 : f32;
        if ((((g_1[0i] * 32i) + 3i) < (kv[0i] * 4i))) {
          condval_55 = xv[3i];
} else {
          condval_55 = 0.000000e+00f;
}
        xv[3i] = condval_55;
        xv[4i] = fma(((xv[4i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        var condval_56 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -1i)) {
          condval_56 = xv[4i];
} else {
          condval_56 = 0.000000e+00f;
}
        xv[4i] = condval_56;
        xv[5i] = fma(((xv[5i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        var condval_57 : f32;
        if ((((g_1[0i] * 32i) + 5i) < (kv[0i] * 4i))) {
          condval_57 = xv[5i];
} else {
          condval_57 = 0.000000e+00f;
}
        xv[5i] = condval_57;
        xv[6i] = fma(((xv[6i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        var condval_58 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -3i)) {
          condval_58 = xv[6i];
} else {
          condval_58 = 0.000000e+00f;
}
        xv[6i] = condval_58;
        xv[7i] = fma(((xv[7i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        var condval_59 : f32;
        if ((((g_1[0i] * 32i) + 7i) < (kv[0i] * 4i))) {
          condval_59 = xv[7i];
} else {
          condval_59 = 0.000000e+00f;
}
        xv[7i] = condval_59;
        xv[8i] = fma(((xv[8i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        var condval_60 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -2i)) {
          condval_60 = xv[8i];
} else {
          condval_60 = 0.000000e+00f;
}
        xv[8i] = condval_60;
        xv[9i] = fma(((xv[9i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        var condval_61 : f32;
        if ((((g_1[0i] * 32i) + 9i) < (kv[0i] * 4i))) {
          condval_61 = xv[9i];
} else {
          condval_61 = 0.000000e+00f;
}
        xv[9i] = condval_61;
        xv[10i] = fma(((xv[10i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        var condval_62 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -5i)) {
          condval_62 = xv[10i];
} else {
          condval_62 = 0.000000e+00f;
}
        xv[10i] = condval_62;
        xv[11i] = fma(((xv[11i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        var condval_63 : f32;
        if ((((g_1[0i] * 32i) + 11i) < (kv[0i] * 4i))) {
          condval_63 = xv[11i];
} else {
          condval_63 = 0.000000e+00f;
}
        xv[11i] = condval_63;
        xv[12i] = fma(((xv[12i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        var condval_64 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -3i)) {
          condval_64 = xv[12i];
} else {
          condval_64 = 0.000000e+00f;
}
        xv[12i] = condval_64;
        xv[13i] = fma(((xv[13i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        var condval_65 : f32;
        if ((((g_1[0i] * 32i) + 13i) < (kv[0i] * 4i))) {
          condval_65 = xv[13i];
} else {
          condval_65 = 0.000000e+00f;
}
        xv[13i] = condval_65;
        xv[14i] = fma(((xv[14i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        var condval_66 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -7i)) {
          condval_66 = xv[14i];
} else {
          condval_66 = 0.000000e+00f;
}
        xv[14i] = condval_66;
        xv[15i] = fma(((xv[15i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        var condval_67 : f32;
        if ((((g_1[0i] * 32i) + 15i) < (kv[0i] * 4i))) {
          condval_67 = xv[15i];
} else {
          condval_67 = 0.000000e+00f;
}
        xv[15i] = condval_67;
        xv[16i] = fma(((xv[16i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        var condval_68 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -4i)) {
          condval_68 = xv[16i];
} else {
          condval_68 = 0.000000e+00f;
}
        xv[16i] = condval_68;
        xv[17i] = fma(((xv[17i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        var condval_69 : f32;
        if ((((g_1[0i] * 32i) + 17i) < (kv[0i] * 4i))) {
          condval_69 = xv[17i];
} else {
          condval_69 = 0.000000e+00f;
}
        xv[17i] = condval_69;
        xv[18i] = fma(((xv[18i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        var condval_70 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -9i)) {
          condval_70 = xv[18i];
} else {
          condval_70 = 0.000000e+00f;
}
        xv[18i] = condval_70;
        xv[19i] = fma(((xv[19i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        var condval_71 : f32;
        if ((((g_1[0i] * 32i) + 19i) < (kv[0i] * 4i))) {
          condval_71 = xv[19i];
} else {
          condval_71 = 0.000000e+00f;
}
        xv[19i] = condval_71;
        xv[20i] = fma(((xv[20i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        var condval_72 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -5i)) {
          condval_72 = xv[20i];
} else {
          condval_72 = 0.000000e+00f;
}
        xv[20i] = condval_72;
        xv[21i] = fma(((xv[21i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        var condval_73 : f32;
        if ((((g_1[0i] * 32i) + 21i) < (kv[0i] * 4i))) {
          condval_73 = xv[21i];
} else {
          condval_73 = 0.000000e+00f;
}
        xv[21i] = condval_73;
        xv[22i] = fma(((xv[22i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        var condval_74 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -11i)) {
          condval_74 = xv[22i];
} else {
          condval_74 = 0.000000e+00f;
}
        xv[22i] = condval_74;
        xv[23i] = fma(((xv[23i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        var condval_75 : f32;
        if ((((g_1[0i] * 32i) + 23i) < (kv[0i] * 4i))) {
          condval_75 = xv[23i];
} else {
          condval_75 = 0.000000e+00f;
}
        xv[23i] = condval_75;
        xv[24i] = fma(((xv[24i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        var condval_76 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -6i)) {
          condval_76 = xv[24i];
} else {
          condval_76 = 0.000000e+00f;
}
        xv[24i] = condval_76;
        xv[25i] = fma(((xv[25i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        var condval_77 : f32;
        if ((((g_1[0i] * 32i) + 25i) < (kv[0i] * 4i))) {
          condval_77 = xv[25i];
} else {
          condval_77 = 0.000000e+00f;
}
        xv[25i] = condval_77;
        xv[26i] = fma(((xv[26i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        var condval_78 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -13i)) {
          condval_78 = xv[26i];
} else {
          condval_78 = 0.000000e+00f;
}
        xv[26i] = condval_78;
        xv[27i] = fma(((xv[27i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        var condval_79 : f32;
        if ((((g_1[0i] * 32i) + 27i) < (kv[0i] * 4i))) {
          condval_79 = xv[27i];
} else {
          condval_79 = 0.000000e+00f;
}
        xv[27i] = condval_79;
        xv[28i] = fma(((xv[28i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        var condval_80 : f32;
        if ((((g_1[0i] * 8i) - kv[0i]) < -7i)) {
          condval_80 = xv[28i];
} else {
          condval_80 = 0.000000e+00f;
}
        xv[28i] = condval_80;
        xv[29i] = fma(((xv[29i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        var condval_81 : f32;
        if ((((g_1[0i] * 32i) + 29i) < (kv[0i] * 4i))) {
          condval_81 = xv[29i];
} else {
          condval_81 = 0.000000e+00f;
}
        xv[29i] = condval_81;
        xv[30i] = fma(((xv[30i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        var condval_82 : f32;
        if ((((g_1[0i] * 16i) - (kv[0i] * 2i)) < -15i)) {
          condval_82 = xv[30i];
} else {
          condval_82 = 0.000000e+00f;
}
        xv[30i] = condval_82;
        xv[31i] = fma(((xv[31i] - stat[1i]) * stat[0i]), Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))], Nb_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
        var condval_83 : f32;
        if ((((g_1[0i] * 32i) + 31i) < (kv[0i] * 4i))) {
          condval_83 = xv[31i];
} else {
          condval_83 = 0.000000e+00f;
}
        xv[31i] = condval_83;
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
  acc[0i] = (acc[0i] + subgroupShuffleDown(acc[0i], (16u>>0u)));
  acc[0i] = (acc[0i] + subgroupShuffleDown(acc[0i], (16u>>1u)));
  acc[0i] = (acc[0i] + subgroupShuffleDown(acc[0i], (16u>>2u)));
  acc[0i] = (acc[0i] + subgroupShuffleDown(acc[0i], (16u>>3u)));
  acc[0i] = (acc[0i] + subgroupShuffleDown(acc[0i], (16u>>4u)));
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = acc[0i];
  }
}


