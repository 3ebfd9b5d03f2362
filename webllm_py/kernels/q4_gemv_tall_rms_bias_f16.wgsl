// Function: q4_gemv_tall_rms_bias_f16_kernel
//----------------------------------------
// Function: q4_gemv_tall_rms_bias_f16_kernel
//----------------------------------------
enable f16;

@group(0) @binding(0) var<storage, read> B_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> Nw_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> S_ptr : array<f16>;
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
fn q4_gemv_tall_rms_bias_f16_kernel(
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
  let cse_v2 : i32 = (i32(threadIdx.y) * 4i);
  let cse_v3 : i32 = (podArgs.row * podArgs.kxv);
  for (var j0 : i32 = 0i; j0 < ((kv[0i] + 255i)>>8u); j0++) {
    j[0i] = (((j0 * 256i) + (i32(threadIdx.y) * 4i)) + i32(threadIdx.x));
    if (j[0i] < kv[0i]) {
      tmp[0i + 0] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][0];
      tmp[0i + 1] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][1];
      tmp[0i + 2] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][2];
      tmp[0i + 3] = X_ptr[((podArgs.row * podArgs.kxv) + j[0i])][3];
      tmp[4i] = fma((tmp[0i] - stat[1i]), (tmp[0i] - stat[1i]), tmp[4i]);
      tmp[4i] = fma((tmp[1i] - stat[1i]), (tmp[1i] - stat[1i]), tmp[4i]);
      tmp[4i] = fma((tmp[2i] - stat[1i]), (tmp[2i] - stat[1i]), tmp[4i]);
      tmp[4i] = fma((tmp[3i] - stat[1i]), (tmp[3i] - stat[1i]), tmp[4i]);
    }
  }
  let cse_v5 : i32 = ((i32(threadIdx.y) * 4i) + i32(threadIdx.x));
  flat[((i32(threadIdx.y) * 4i) + i32(threadIdx.x))] = tmp[4i];
  workgroupBarrier();
  if (i32(threadIdx.y) < 4i) {
    let cse_v6 : i32 = ((i32(threadIdx.y) * 64i) + (i32(threadIdx.x) * 16i));
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
      let cse_v7 : i32 = ((g0 * 16i) + i32(threadIdx.x));
      g[0i] = ((g0 * 16i) + i32(threadIdx.x));
      let cse_v4 : i32 = (podArgs.groups - 1i);
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
      let cse_v9 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 4i);
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
        condval_3 = f32(S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))]);
} else {
        condval_3 = 0.000000e+00f;
}
      sc[1i] = condval_3;
      let cse_v10 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 8i);
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
        condval_5 = f32(S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))]);
} else {
        condval_5 = 0.000000e+00f;
}
      sc[2i] = condval_5;
      let cse_v11 : i32 = (((g0 * 16i) + i32(threadIdx.x)) + 12i);
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
        condval_7 = f32(S_ptr[(min(g[0i], (podArgs.groups - 1i)) + (r[0i] * podArgs.groups))]);
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
        xv[0i] = ((xv[0i] * stat[0i]) * Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        xv[1i] = ((xv[1i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        xv[2i] = ((xv[2i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        xv[3i] = ((xv[3i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        xv[4i] = ((xv[4i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        xv[5i] = ((xv[5i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        xv[6i] = ((xv[6i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        xv[7i] = ((xv[7i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        xv[8i] = ((xv[8i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        xv[9i] = ((xv[9i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        xv[10i] = ((xv[10i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        xv[11i] = ((xv[11i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        xv[12i] = ((xv[12i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        xv[13i] = ((xv[13i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        xv[14i] = ((xv[14i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        xv[15i] = ((xv[15i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        xv[16i] = ((xv[16i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        xv[17i] = ((xv[17i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        xv[18i] = ((xv[18i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        xv[19i] = ((xv[19i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        xv[20i] = ((xv[20i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        xv[21i] = ((xv[21i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        xv[22i] = ((xv[22i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        xv[23i] = ((xv[23i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        xv[24i] = ((xv[24i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        xv[25i] = ((xv[25i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        xv[26i] = ((xv[26i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        xv[27i] = ((xv[27i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        xv[28i] = ((xv[28i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        xv[29i] = ((xv[29i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        xv[30i] = ((xv[30i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        xv[31i] = ((xv[31i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
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
        var condval_16 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_16 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_16 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_16[0];
        xv[0i + 1] = condval_16[1];
        xv[0i + 2] = condval_16[2];
        xv[0i + 3] = condval_16[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_17 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_17 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_17 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_17[0];
        xv[4i + 1] = condval_17[1];
        xv[4i + 2] = condval_17[2];
        xv[4i + 3] = condval_17[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_18 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_18 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_18 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_18[0];
        xv[8i + 1] = condval_18[1];
        xv[8i + 2] = condval_18[2];
        xv[8i + 3] = condval_18[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_19 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_19 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_19 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_19[0];
        xv[12i + 1] = condval_19[1];
        xv[12i + 2] = condval_19[2];
        xv[12i + 3] = condval_19[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_20 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_20 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_20 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_20[0];
        xv[16i + 1] = condval_20[1];
        xv[16i + 2] = condval_20[2];
        xv[16i + 3] = condval_20[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_21 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_21 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_21 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_21[0];
        xv[20i + 1] = condval_21[1];
        xv[20i + 2] = condval_21[2];
        xv[20i + 3] = condval_21[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_22 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_22 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_22 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_22[0];
        xv[24i + 1] = condval_22[1];
        xv[24i + 2] = condval_22[2];
        xv[24i + 3] = condval_22[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_23 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_23 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_23 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_23[0];
        xv[28i + 1] = condval_23[1];
        xv[28i + 2] = condval_23[2];
        xv[28i + 3] = condval_23[3];
        xv[0i] = ((xv[0i] * stat[0i]) * Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        xv[1i] = ((xv[1i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        xv[2i] = ((xv[2i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        xv[3i] = ((xv[3i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        xv[4i] = ((xv[4i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        xv[5i] = ((xv[5i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        xv[6i] = ((xv[6i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        xv[7i] = ((xv[7i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        xv[8i] = ((xv[8i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        xv[9i] = ((xv[9i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        xv[10i] = ((xv[10i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        xv[11i] = ((xv[11i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        xv[12i] = ((xv[12i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        xv[13i] = ((xv[13i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        xv[14i] = ((xv[14i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        xv[15i] = ((xv[15i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        xv[16i] = ((xv[16i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        xv[17i] = ((xv[17i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        xv[18i] = ((xv[18i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        xv[19i] = ((xv[19i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        xv[20i] = ((xv[20i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        xv[21i] = ((xv[21i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        xv[22i] = ((xv[22i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        xv[23i] = ((xv[23i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        xv[24i] = ((xv[24i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        xv[25i] = ((xv[25i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        xv[26i] = ((xv[26i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        xv[27i] = ((xv[27i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        xv[28i] = ((xv[28i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        xv[29i] = ((xv[29i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        xv[30i] = ((xv[30i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        xv[31i] = ((xv[31i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
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
        var condval_24 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_24 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_24 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_24[0];
        xv[0i + 1] = condval_24[1];
        xv[0i + 2] = condval_24[2];
        xv[0i + 3] = condval_24[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_25 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_25 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_25 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_25[0];
        xv[4i + 1] = condval_25[1];
        xv[4i + 2] = condval_25[2];
        xv[4i + 3] = condval_25[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_26 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_26 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_26 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_26[0];
        xv[8i + 1] = condval_26[1];
        xv[8i + 2] = condval_26[2];
        xv[8i + 3] = condval_26[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_27 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_27 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_27 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_27[0];
        xv[12i + 1] = condval_27[1];
        xv[12i + 2] = condval_27[2];
        xv[12i + 3] = condval_27[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_28 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_28 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_28 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_28[0];
        xv[16i + 1] = condval_28[1];
        xv[16i + 2] = condval_28[2];
        xv[16i + 3] = condval_28[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_29 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_29 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_29 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_29[0];
        xv[20i + 1] = condval_29[1];
        xv[20i + 2] = condval_29[2];
        xv[20i + 3] = condval_29[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_30 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_30 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_30 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_30[0];
        xv[24i + 1] = condval_30[1];
        xv[24i + 2] = condval_30[2];
        xv[24i + 3] = condval_30[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_31 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_31 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_31 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_31[0];
        xv[28i + 1] = condval_31[1];
        xv[28i + 2] = condval_31[2];
        xv[28i + 3] = condval_31[3];
        xv[0i] = ((xv[0i] * stat[0i]) * Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        xv[1i] = ((xv[1i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        xv[2i] = ((xv[2i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        xv[3i] = ((xv[3i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        xv[4i] = ((xv[4i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        xv[5i] = ((xv[5i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        xv[6i] = ((xv[6i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        xv[7i] = ((xv[7i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        xv[8i] = ((xv[8i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        xv[9i] = ((xv[9i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        xv[10i] = ((xv[10i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        xv[11i] = ((xv[11i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        xv[12i] = ((xv[12i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        xv[13i] = ((xv[13i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        xv[14i] = ((xv[14i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        xv[15i] = ((xv[15i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        xv[16i] = ((xv[16i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        xv[17i] = ((xv[17i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        xv[18i] = ((xv[18i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        xv[19i] = ((xv[19i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        xv[20i] = ((xv[20i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        xv[21i] = ((xv[21i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        xv[22i] = ((xv[22i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        xv[23i] = ((xv[23i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        xv[24i] = ((xv[24i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        xv[25i] = ((xv[25i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        xv[26i] = ((xv[26i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        xv[27i] = ((xv[27i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        xv[28i] = ((xv[28i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        xv[29i] = ((xv[29i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        xv[30i] = ((xv[30i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        xv[31i] = ((xv[31i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
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
        var condval_32 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_32 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_32 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[0i + 0] = condval_32[0];
        xv[0i + 1] = condval_32[1];
        xv[0i + 2] = condval_32[2];
        xv[0i + 3] = condval_32[3];
        c[0i] = ((g_1[0i] * 8i) + 1i);
        var condval_33 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_33 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_33 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[4i + 0] = condval_33[0];
        xv[4i + 1] = condval_33[1];
        xv[4i + 2] = condval_33[2];
        xv[4i + 3] = condval_33[3];
        c[0i] = ((g_1[0i] * 8i) + 2i);
        var condval_34 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_34 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_34 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[8i + 0] = condval_34[0];
        xv[8i + 1] = condval_34[1];
        xv[8i + 2] = condval_34[2];
        xv[8i + 3] = condval_34[3];
        c[0i] = ((g_1[0i] * 8i) + 3i);
        var condval_35 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_35 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_35 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[12i + 0] = condval_35[0];
        xv[12i + 1] = condval_35[1];
        xv[12i + 2] = condval_35[2];
        xv[12i + 3] = condval_35[3];
        c[0i] = ((g_1[0i] * 8i) + 4i);
        var condval_36 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_36 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_36 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[16i + 0] = condval_36[0];
        xv[16i + 1] = condval_36[1];
        xv[16i + 2] = condval_36[2];
        xv[16i + 3] = condval_36[3];
        c[0i] = ((g_1[0i] * 8i) + 5i);
        var condval_37 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_37 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_37 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[20i + 0] = condval_37[0];
        xv[20i + 1] = condval_37[1];
        xv[20i + 2] = condval_37[2];
        xv[20i + 3] = condval_37[3];
        c[0i] = ((g_1[0i] * 8i) + 6i);
        var condval_38 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_38 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_38 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[24i + 0] = condval_38[0];
        xv[24i + 1] = condval_38[1];
        xv[24i + 2] = condval_38[2];
        xv[24i + 3] = condval_38[3];
        c[0i] = ((g_1[0i] * 8i) + 7i);
        var condval_39 : vec4<f32>;
        if ((c[0i] < kv[0i])) {
          condval_39 = X_ptr[(min(c[0i], (kv[0i] - 1i)) + (podArgs.row * podArgs.kxv))];
} else {
          condval_39 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
        xv[28i + 0] = condval_39[0];
        xv[28i + 1] = condval_39[1];
        xv[28i + 2] = condval_39[2];
        xv[28i + 3] = condval_39[3];
        xv[0i] = ((xv[0i] * stat[0i]) * Nw_ptr[min((g_1[0i] * 32i), ((kv[0i] * 4i) - 1i))]);
        xv[1i] = ((xv[1i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 1i), ((kv[0i] * 4i) - 1i))]);
        xv[2i] = ((xv[2i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 2i), ((kv[0i] * 4i) - 1i))]);
        xv[3i] = ((xv[3i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 3i), ((kv[0i] * 4i) - 1i))]);
        xv[4i] = ((xv[4i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 4i), ((kv[0i] * 4i) - 1i))]);
        xv[5i] = ((xv[5i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 5i), ((kv[0i] * 4i) - 1i))]);
        xv[6i] = ((xv[6i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 6i), ((kv[0i] * 4i) - 1i))]);
        xv[7i] = ((xv[7i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 7i), ((kv[0i] * 4i) - 1i))]);
        xv[8i] = ((xv[8i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 8i), ((kv[0i] * 4i) - 1i))]);
        xv[9i] = ((xv[9i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 9i), ((kv[0i] * 4i) - 1i))]);
        xv[10i] = ((xv[10i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 10i), ((kv[0i] * 4i) - 1i))]);
        xv[11i] = ((xv[11i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 11i), ((kv[0i] * 4i) - 1i))]);
        xv[12i] = ((xv[12i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 12i), ((kv[0i] * 4i) - 1i))]);
        xv[13i] = ((xv[13i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 13i), ((kv[0i] * 4i) - 1i))]);
        xv[14i] = ((xv[14i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 14i), ((kv[0i] * 4i) - 1i))]);
        xv[15i] = ((xv[15i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 15i), ((kv[0i] * 4i) - 1i))]);
        xv[16i] = ((xv[16i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 16i), ((kv[0i] * 4i) - 1i))]);
        xv[17i] = ((xv[17i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 17i), ((kv[0i] * 4i) - 1i))]);
        xv[18i] = ((xv[18i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 18i), ((kv[0i] * 4i) - 1i))]);
        xv[19i] = ((xv[19i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 19i), ((kv[0i] * 4i) - 1i))]);
        xv[20i] = ((xv[20i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 20i), ((kv[0i] * 4i) - 1i))]);
        xv[21i] = ((xv[21i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 21i), ((kv[0i] * 4i) - 1i))]);
        xv[22i] = ((xv[22i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 22i), ((kv[0i] * 4i) - 1i))]);
        xv[23i] = ((xv[23i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 23i), ((kv[0i] * 4i) - 1i))]);
        xv[24i] = ((xv[24i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 24i), ((kv[0i] * 4i) - 1i))]);
        xv[25i] = ((xv[25i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 25i), ((kv[0i] * 4i) - 1i))]);
        xv[26i] = ((xv[26i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 26i), ((kv[0i] * 4i) - 1i))]);
        xv[27i] = ((xv[27i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 27i), ((kv[0i] * 4i) - 1i))]);
        xv[28i] = ((xv[28i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 28i), ((kv[0i] * 4i) - 1i))]);
        xv[29i] = ((xv[29i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 29i), ((kv[0i] * 4i) - 1i))]);
        xv[30i] = ((xv[30i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 30i), ((kv[0i] * 4i) - 1i))]);
        xv[31i] = ((xv[31i] * stat[0i]) * Nw_ptr[min(((g_1[0i] * 32i) + 31i), ((kv[0i] * 4i) - 1i))]);
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
    let cse_v8 : i32 = ((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i));
    flat[((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i))] = (flat[((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i))] + flat[(((i32(threadIdx.y) * 4i) + (i32(threadIdx.x) * 2i)) + 1i)]);
  }
  workgroupBarrier();
  total[0i] = (flat[(i32(threadIdx.y) * 4i)] + flat[((i32(threadIdx.y) * 4i) + 2i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = (total[0i] + B_ptr[(podArgs.col0 + r[0i])]);
  }
}


