// Function: matmul_kernel
//----------------------------------------
// Function: matmul_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  k: i32,
  m: i32,
  n: i32,
  width: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> xs : array<f32, 1024>;
var<workgroup> ws : array<f32, 1024>;
@compute @workgroup_size(16, 16, 1)
fn matmul_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var tid : array<i32, 1>;
  var acc : array<f32, 16>;
  var part : array<f32, 16>;
  var flat : array<i32, 1>;
  var rr : array<i32, 1>;
  var gx : array<i32, 1>;
  var gw : array<i32, 1>;
  var gk : array<i32, 1>;
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
  let cse_v1 : i32 = (i32(blockIdx.y) * 64i);
  let cse_v2 : i32 = (v__1 * 64i);
  let cse_v5 : i32 = (i32(threadIdx.y) * 4i);
  let cse_v6 : i32 = (i32(threadIdx.x) * 4i);
  for (var k0 : i32 = 0i; k0 < ((podArgs.k + 15i)>>4u); k0++) {
    for (var e : i32 = 0i; e < 4i; e++) {
      flat[0i] = ((e * 256i) + tid[0i]);
      rr[0i] = (flat[0i]>>4u);
      flat[0i] = (flat[0i] & 15i);
      gx[0i] = ((i32(blockIdx.y) * 64i) + rr[0i]);
      gw[0i] = ((v__1 * 64i) + rr[0i]);
      gk[0i] = ((k0 * 16i) + flat[0i]);
      let cse_v3 : i32 = (podArgs.k - 1i);
      var condval : f32;
      if (((gx[0i] < podArgs.n) && (gk[0i] < podArgs.k))) {
        condval = X_ptr[(min(gk[0i], (podArgs.k - 1i)) + (min(gx[0i], (podArgs.n - 1i)) * podArgs.k))];
} else {
        condval = 0.000000e+00f;
}
      xs[((flat[0i] * 64i) + rr[0i])] = condval;
      var condval_1 : f32;
      if (((gw[0i] < podArgs.m) && (gk[0i] < podArgs.k))) {
        condval_1 = W_ptr[(min(gk[0i], (podArgs.k - 1i)) + (min(gw[0i], (podArgs.m - 1i)) * podArgs.k))];
} else {
        condval_1 = 0.000000e+00f;
}
      ws[((flat[0i] * 64i) + rr[0i])] = condval_1;
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
    for (var kk : i32 = 0i; kk < 16i; kk++) {
      let cse_v4 : i32 = (kk * 64i);
      let cse_v7 : i32 = ((kk * 64i) + (i32(threadIdx.y) * 4i));
      let cse_v8 : i32 = ((kk * 64i) + (i32(threadIdx.x) * 4i));
      part[0i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[0i]);
      let cse_v11 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i);
      part[1i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[1i]);
      let cse_v12 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i);
      part[2i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[2i]);
      let cse_v13 : i32 = (((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i);
      part[3i] = fma(xs[((kk * 64i) + (i32(threadIdx.y) * 4i))], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[3i]);
      let cse_v14 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i);
      part[4i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[4i]);
      part[5i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[5i]);
      part[6i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[6i]);
      part[7i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 1i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[7i]);
      let cse_v15 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i);
      part[8i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[((kk * 64i) + (i32(threadIdx.x) * 4i))], part[8i]);
      part[9i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 1i)], part[9i]);
      part[10i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 2i)], part[10i]);
      part[11i] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + 2i)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + 3i)], part[11i]);
      let cse_v16 : i32 = (((kk * 64i) + (i32(threadIdx.y) * 4i)) + 3i);
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
  let cse_v9 : i32 = ((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i));
  let cse_v10 : i32 = ((v__1 * 64i) + (i32(threadIdx.x) * 4i));
  let cse_v23 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0)] = acc[0i];
  }
  let cse_v17 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 1i)] = acc[1i];
  }
  let cse_v18 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 2i)] = acc[2i];
  }
  let cse_v19 : i32 = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i);
  if ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) * podArgs.width)) + podArgs.col0) + 3i)] = acc[3i];
  }
  let cse_v20 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i);
  let cse_v24 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0)] = acc[4i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 1i)] = acc[5i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 2i)] = acc[6i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 1i) * podArgs.width)) + podArgs.col0) + 3i)] = acc[7i];
  }
  let cse_v21 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i);
  let cse_v25 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0)] = acc[8i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 1i)] = acc[9i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 2i)] = acc[10i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 2i) * podArgs.width)) + podArgs.col0) + 3i)] = acc[11i];
  }
  let cse_v22 : i32 = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i);
  let cse_v26 : i32 = ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0);
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) < podArgs.m)) {
    Y_ptr[((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0)] = acc[12i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 1i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 1i)] = acc[13i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 2i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 2i)] = acc[14i];
  }
  if (((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) < podArgs.n) && ((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + 3i) < podArgs.m)) {
    Y_ptr[(((((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + ((((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + 3i) * podArgs.width)) + podArgs.col0) + 3i)] = acc[15i];
  }
}


