// Function: q4_matmul_add_f32_kernel
//----------------------------------------
// Function: q4_matmul_add_f32_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> S_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> W_ptr : array<vec4<u32>>;
@group(0) @binding(2) var<storage, read> X_ptr : array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  groups: i32,
  kv: i32,
  m: i32,
  n: i32,
  width: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> xs : array<f32, 2048>;
var<workgroup> ws : array<f32, 2048>;
@compute @workgroup_size(16, 16, 1)
fn q4_matmul_add_f32_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var tid : array<i32, 1>;
  var acc : array<f32, 16>;
  var x4 : array<vec4<f32>, 1>;
  var w : array<vec4<u32>, 1>;
  var part : array<f32, 16>;
  var flat : array<i32, 1>;
  var rr : array<i32, 1>;
  var c : array<i32, 1>;
  var gx : array<i32, 1>;
  var gw : array<i32, 1>;
  var scale : array<f32, 1>;
  tid[0i] = ((i32(threadIdx.y) * 16i) + i32(threadIdx.x));
  acc[0i] = 0.000000e+00f;
  acc[1i] = 0.000000e+00f;
  acc[2i] = 0.000000e+00f;
  acc[3i] = 0.000000e+00f;
  acc[4i] = 0.000000e+00f;
  acc[5i] = 0.000000e+00f;
  acc[6i] = 0.000000e+00f;
  acc[7i] = 0.000000e+00f;
  acc[8i] = 0.000000e+00f;
  acc[9i] = 0.000000e+00f;
  acc[10i] = 0.000000e+00f;
  acc[11i] = 0.000000e+00f;
  acc[12i] = 0.000000e+00f;
  acc[13i] = 0.000000e+00f;
  acc[14i] = 0.000000e+00f;
  acc[15i] = 0.000000e+00f;
  let cse_v3 : i32 = (i32(blockIdx.y) * 64i);
  let cse_v6 : i32 = (v__1 * 64i);
  let cse_v8 : i32 = (i32(threadIdx.y) * 4i);
  let cse_v9 : i32 = (i32(threadIdx.x) * 4i);
  for (var g : i32 = 0i; g < podArgs.groups; g++) {
    flat[0i] = tid[0i];
    rr[0i] = (flat[0i]>>3u);
    let cse_v2 : i32 = (g * 8i);
    c[0i] = ((g * 8i) + (flat[0i] & 7i));
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    let cse_v4 : i32 = (podArgs.kv - 1i);
    let cse_v5 : i32 = (podArgs.n - 1i);
    var condval : vec4<f32>;
    if (((gx[0i] < podArgs.n) && (c[0i] < podArgs.kv))) {
      condval = X_ptr[(min(c[0i], (podArgs.kv - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.kv))];
} else {
      condval = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
    x4[0i] = condval;
    xs[(((flat[0i] & 7i) * 256i) + rr[0i])] = (x4[0i])[0];
    xs[((((flat[0i] & 7i) * 256i) + rr[0i]) + 64i)] = (x4[0i])[1];
    xs[((((flat[0i] & 7i) * 256i) + rr[0i]) + 128i)] = (x4[0i])[2];
    xs[((((flat[0i] & 7i) * 256i) + rr[0i]) + 192i)] = (x4[0i])[3];
    flat[0i] = (tid[0i] + 256i);
    rr[0i] = (flat[0i]>>3u);
    c[0i] = ((g * 8i) + (flat[0i] & 7i));
    gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
    var condval_1 : vec4<f32>;
    if (((gx[0i] < podArgs.n) && (c[0i] < podArgs.kv))) {
      condval_1 = X_ptr[(min(c[0i], (podArgs.kv - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.kv))];
} else {
      condval_1 = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
}
    x4[0i] = condval_1;
    xs[(((flat[0i] & 7i) * 256i) + rr[0i])] = (x4[0i])[0];
    xs[((((flat[0i] & 7i) * 256i) + rr[0i]) + 64i)] = (x4[0i])[1];
    xs[((((flat[0i] & 7i) * 256i) + rr[0i]) + 128i)] = (x4[0i])[2];
    xs[((((flat[0i] & 7i) * 256i) + rr[0i]) + 192i)] = (x4[0i])[3];
    if (tid[0i] < 64i) {
      gw[0i] = ((v__1 * 64i) + tid[0i]);
      if (gw[0i] < podArgs.m) {
        w[0i] = W_ptr[(g + (gw[0i] * podArgs.groups))];
        scale[0i] = S_ptr[(g + (gw[0i] * podArgs.groups))];
        ws[tid[0i]] = ((bitcast<f32>(((((w[0i])[0]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 64i)] = ((bitcast<f32>(((((w[0i])[0]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 128i)] = ((bitcast<f32>(((((w[0i])[0]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 192i)] = ((bitcast<f32>(((((w[0i])[0]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 256i)] = ((bitcast<f32>(((((w[0i])[0]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 320i)] = ((bitcast<f32>(((((w[0i])[0]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 384i)] = ((bitcast<f32>(((((w[0i])[0]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 448i)] = ((bitcast<f32>(((((w[0i])[0]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 512i)] = ((bitcast<f32>(((((w[0i])[1]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 576i)] = ((bitcast<f32>(((((w[0i])[1]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 640i)] = ((bitcast<f32>(((((w[0i])[1]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 704i)] = ((bitcast<f32>(((((w[0i])[1]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 768i)] = ((bitcast<f32>(((((w[0i])[1]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 832i)] = ((bitcast<f32>(((((w[0i])[1]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 896i)] = ((bitcast<f32>(((((w[0i])[1]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 960i)] = ((bitcast<f32>(((((w[0i])[1]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1024i)] = ((bitcast<f32>(((((w[0i])[2]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1088i)] = ((bitcast<f32>(((((w[0i])[2]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1152i)] = ((bitcast<f32>(((((w[0i])[2]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1216i)] = ((bitcast<f32>(((((w[0i])[2]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1280i)] = ((bitcast<f32>(((((w[0i])[2]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1344i)] = ((bitcast<f32>(((((w[0i])[2]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1408i)] = ((bitcast<f32>(((((w[0i])[2]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1472i)] = ((bitcast<f32>(((((w[0i])[2]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1536i)] = ((bitcast<f32>(((((w[0i])[3]>>0u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1600i)] = ((bitcast<f32>(((((w[0i])[3]>>4u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1664i)] = ((bitcast<f32>(((((w[0i])[3]>>8u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1728i)] = ((bitcast<f32>(((((w[0i])[3]>>12u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1792i)] = ((bitcast<f32>(((((w[0i])[3]>>16u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1856i)] = ((bitcast<f32>(((((w[0i])[3]>>20u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1920i)] = ((bitcast<f32>(((((w[0i])[3]>>24u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
        ws[(tid[0i] + 1984i)] = ((bitcast<f32>(((((w[0i])[3]>>28u) & 15u) | 1258291200u)) - 8.388615e+06f) * scale[0i]);
      } else {
        ws[tid[0i]] = 0.000000e+00f;
        ws[(tid[0i] + 64i)] = 0.000000e+00f;
        ws[(tid[0i] + 128i)] = 0.000000e+00f;
        ws[(tid[0i] + 192i)] = 0.000000e+00f;
        ws[(tid[0i] + 256i)] = 0.000000e+00f;
        ws[(tid[0i] + 320i)] = 0.000000e+00f;
        ws[(tid[0i] + 384i)] = 0.000000e+00f;
        ws[(tid[0i] + 448i)] = 0.000000e+00f;
        ws[(tid[0i] + 512i)] = 0.000000e+00f;
        ws[(tid[0i] + 576i)] = 0.000000e+00f;
        ws[(tid[0i] + 640i)] = 0.000000e+00f;
        ws[(tid[0i] + 704i)] = 0.000000e+00f;
        ws[(tid[0i] + 768i)] = 0.000000e+00f;
        ws[(tid[0i] + 832i)] = 0.000000e+00f;
        ws[(tid[0i] + 896i)] = 0.000000e+00f;
        ws[(tid[0i] + 960i)] = 0.000000e+00f;
        ws[(tid[0i] + 1024i)] = 0.000000e+00f;
        ws[(tid[0i] + 1088i)] = 0.000000e+00f;
        ws[(tid[0i] + 1152i)] = 0.000000e+00f;
        ws[(tid[0i] + 1216i)] = 0.000000e+00f;
        ws[(tid[0i] + 1280i)] = 0.000000e+00f;
        ws[(tid[0i] + 1344i)] = 0.000000e+00f;
        ws[(tid[0i] + 1408i)] = 0.000000e+00f;
        ws[(tid[0i] + 1472i)] = 0.000000e+00f;
        ws[(tid[0i] + 1536i)] = 0.000000e+00f;
        ws[(tid[0i] + 1600i)] = 0.000000e+00f;
        ws[(tid[0i] + 1664i)] = 0.000000e+00f;
        ws[(tid[0i] + 1728i)] = 0.000000e+00f;
        ws[(tid[0i] + 1792i)] = 0.000000e+00f;
        ws[(tid[0i] + 1856i)] = 0.000000e+00f;
        ws[(tid[0i] + 1920i)] = 0.000000e+00f;
        ws[(tid[0i] + 1984i)] = 0.000000e+00f;
      }
    }
    workgroupBarrier();
    part[0i] = 0.000000e+00f;
    part[1i] = 0.000000e+00f;
    part[2i] = 0.000000e+00f;
    part[3i] = 0.000000e+00f;
    part[4i] = 0.000000e+00f;
    part[5i] = 0.000000e+00f;
    part[6i] = 0.000000e+00f;
    part[7i] = 0.000000e+00f;
    part[8i] = 0.000000e+00f;
    part[9i] = 0.000000e+00f;
    part[10i] = 0.000000e+00f;
    part[11i] = 0.000000e+00f;
    part[12i] = 0.000000e+00f;
    part[13i] = 0.000000e+00f;
    part[14i] = 0.000000e+00f;
    part[15i] = 0.000000e+00f;
    for (var kk : i32 = 0i; kk < 32i; kk++) {
      let cse_v7 : i32 = (kk * 64i);
      let cse_v10 : i32 = ((kk * 64i) + (i32(threadIdx.y) * 4i));
      let cse_v11 : i32 = ((kk * 64i) + (i32(threadIdx.x) * 4i));
      part[0i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[0i]);
      let cse_v14 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i);
      part[1i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[1i]);
      let cse_v15 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i);
      part[2i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[2i]);
      let cse_v16 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i);
      part[3i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[3i]);
      let cse_v17 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i);
      part[4i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[4i]);
      part[5i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[5i]);
      part[6i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[6i]);
      part[7i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[7i]);
      let cse_v18 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i);
      part[8i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[8i]);
      part[9i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[9i]);
      part[10i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[10i]);
      part[11i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[11i]);
      let cse_v19 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i);
      part[12i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[12i]);
      part[13i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[13i]);
      part[14i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[14i]);
      part[15i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[15i]);
    }
    acc[0i] = (acc[0i] + part[0i]);
    acc[1i] = (acc[1i] + part[1i]);
    acc[2i] = (acc[2i] + part[2i]);
    acc[3i] = (acc[3i] + part[3i]);
    acc[4i] = (acc[4i] + part[4i]);
    acc[5i] = (acc[5i] + part[5i]);
    acc[6i] = (acc[6i] + part[6i]);
    acc[7i] = (acc[7i] + part[7i]);
    acc[8i] = (acc[8i] + part[8i]);
    acc[9i] = (acc[9i] + part[9i]);
    acc[10i] = (acc[10i] + part[10i]);
    acc[11i] = (acc[11i] + part[11i]);
    acc[12i] = (acc[12i] + part[12i]);
    acc[13i] = (acc[13i] + part[13i]);
    acc[14i] = (acc[14i] + part[14i]);
    acc[15i] = (acc[15i] + part[15i]);
    workgroupBarrier();
  }
  let cse_v12 : i32 = ((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i));
  let cse_v13 : i32 = ((v__1 * 64i) + (i32(threadIdx.x) * 4i));
  let cse_v26 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0)] + acc[0i]);
  }
  let cse_v20 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v27 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i)] + acc[1i]);
  }
  let cse_v21 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v28 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i)] + acc[2i]);
  }
  let cse_v22 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v29 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i)] + acc[3i]);
  }
  let cse_v23 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i);
  let cse_v30 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0)] + acc[4i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v33 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i)] + acc[5i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v34 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i)] + acc[6i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v35 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i)] + acc[7i]);
  }
  let cse_v24 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i);
  let cse_v31 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0)] + acc[8i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v36 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i)] + acc[9i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v37 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i)] + acc[10i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v38 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i)] + acc[11i]);
  }
  let cse_v25 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i);
  let cse_v32 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0)] = (Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0)] + acc[12i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    let cse_v39 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i)] + acc[13i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    let cse_v40 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i)] + acc[14i]);
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    let cse_v41 : i32 = (((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i);
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i)] = (Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i)] + acc[15i]);
  }
}


