// Function: matmul_add_kernel
//----------------------------------------
// Function: matmul_add_kernel
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
fn matmul_add_kernel(
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
  var gi : array<i32, 1>;
  var gj : array<i32, 1>;
  tid[0i] = ((i32(threadIdx.y) * 16i) + i32(threadIdx.x));
  for (var i : i32 = 0i; i < 4i; i++) {
    for (var j : i32 = 0i; j < 4i; j++) {
      acc[((i * 4i) + j)] = 0.000000e+00f;
    }
  }
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
    for (var i_1 : i32 = 0i; i_1 < 4i; i_1++) {
      for (var j_1 : i32 = 0i; j_1 < 4i; j_1++) {
        part[((i_1 * 4i) + j_1)] = 0.000000e+00f;
      }
    }
    for (var kk : i32 = 0i; kk < 16i; kk++) {
      for (var i_2 : i32 = 0i; i_2 < 4i; i_2++) {
        for (var j_2 : i32 = 0i; j_2 < 4i; j_2++) {
          let cse_v4 : i32 = (kk * 64i);
          let cse_v7 : i32 = ((i_2 * 4i) + j_2);
          part[((i_2 * 4i) + j_2)] = fma(xs[(((kk * 64i) + (i32(threadIdx.y) * 4i)) + i_2)], ws[(((kk * 64i) + (i32(threadIdx.x) * 4i)) + j_2)], part[((i_2 * 4i) + j_2)]);
        }
      }
    }
    for (var i_3 : i32 = 0i; i_3 < 4i; i_3++) {
      for (var j_3 : i32 = 0i; j_3 < 4i; j_3++) {
        let cse_v8 : i32 = ((i_3 * 4i) + j_3);
        acc[((i_3 * 4i) + j_3)] = (acc[((i_3 * 4i) + j_3)] + part[((i_3 * 4i) + j_3)]);
      }
    }
    workgroupBarrier();
  }
  for (var i_4 : i32 = 0i; i_4 < 4i; i_4++) {
    for (var j_4 : i32 = 0i; j_4 < 4i; j_4++) {
      gi[0i] = (((i32(blockIdx.y) * 64i) + (i32(threadIdx.y) * 4i)) + i_4);
      gj[0i] = (((v__1 * 64i) + (i32(threadIdx.x) * 4i)) + j_4);
      if ((gi[0i] < podArgs.n) && (gj[0i] < podArgs.m)) {
        Y_ptr[(((gi[0i] * podArgs.width) + podArgs.col0) + gj[0i])] = (Y_ptr[(((gi[0i] * podArgs.width) + podArgs.col0) + gj[0i])] + acc[((i_4 * 4i) + j_4)]);
      }
    }
  }
}


