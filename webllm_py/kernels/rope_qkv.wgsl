// Function: rope_qkv_kernel
//----------------------------------------
// Function: rope_qkv_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> inv_freq_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> k_cache_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> q_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> qkv_ptr : array<f32>;
@group(0) @binding(4) var<storage, read_write> v_cache_ptr : array<f32>;

struct PODArgs {
  ctx: i32,
  hd: i32,
  hkv: i32,
  hq: i32,
  interleaved: i32,
  kv_width: i32,
  mscale: f32,
  n: i32,
  pos0: i32,
  q_width: i32,
  qkv_width: i32,
  rot_dim: i32,
  packGridDimX: u32
}
@group(0) @binding(5) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn rope_qkv_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var out : array<f32, 1>;
  var pair : array<i32, 3>;
  var cs : array<f32, 2>;
  var j : array<i32, 1>;
  var base : array<i32, 1>;
  var rh : array<i32, 1>;
  var angle : array<f32, 1>;
  var k : array<f32, 1>;
  var t2 : array<f32, 1>;
  var quadrant : array<i32, 1>;
  for (var j0 : i32 = 0i; j0 < ((podArgs.hd + 63i)>>6u); j0++) {
    j[0i] = ((j0 * 64i) + i32(threadIdx.x));
    if (j[0i] < podArgs.hd) {
      let cse_v2 : i32 = (i32(blockIdx.y) * podArgs.hd);
      base[0i] = (i32(blockIdx.y) * podArgs.hd);
      let cse_v3 : i32 = (v__1 * podArgs.qkv_width);
      out[0i] = qkv_ptr[(((v__1 * podArgs.qkv_width) + base[0i]) + j[0i])];
      let cse_v4 : i32 = (podArgs.hq + podArgs.hkv);
      let cse_v5 : i32 = (podArgs.pos0 + v__1);
      if ((i32(blockIdx.y) < (podArgs.hq + podArgs.hkv)) && (j[0i] < podArgs.rot_dim)) {
        rh[0i] = (podArgs.rot_dim>>1u);
        var condval : i32;
        if ((podArgs.interleaved == 1i)) {
          condval = (j[0i]>>1u);
} else {
          let rmod : i32 = (j[0i] % rh[0i]);
          condval = select((rmod + rh[0i]), rmod, (((rh[0i] >= 0i) && (rmod >= 0i)) || ((rh[0i] < 0i) && (rmod <= 0i))));
}
        pair[0i] = condval;
        var condval_1 : i32;
        if ((podArgs.interleaved == 1i)) {
          var condval_2 : i32;
          if (((j[0i] % 2i) == 0i)) {
            condval_2 = (j[0i] + 1i);
} else {
            condval_2 = (j[0i] - 1i);
}
          condval_1 = condval_2;
} else {
          var condval_3 : i32;
          if ((j[0i] < rh[0i])) {
            condval_3 = (j[0i] + rh[0i]);
} else {
            condval_3 = (j[0i] - rh[0i]);
}
          condval_1 = condval_3;
}
        pair[1i] = condval_1;
        var condval_4 : bool;
        if ((podArgs.interleaved == 1i)) {
          condval_4 = ((j[0i] % 2i) == 0i);
} else {
          condval_4 = (j[0i] < rh[0i]);
}
        pair[2i] = i32(condval_4);
        angle[0i] = (f32((podArgs.pos0 + v__1)) * inv_freq_ptr[pair[0i]]);
        k[0i] = round((angle[0i] * 6.366198e-01f));
        angle[0i] = (((angle[0i] - (k[0i] * 1.562500e+00f)) - (k[0i] * 8.300781e-03f)) - (k[0i] * -4.454455e-06f));
        t2[0i] = (angle[0i] * angle[0i]);
        angle[0i] = (angle[0i] * fma(t2[0i], fma(t2[0i], fma(t2[0i], fma(t2[0i], 2.755732e-06f, -1.984127e-04f), 8.333333e-03f), -1.666667e-01f), 1.000000e+00f));
        t2[0i] = fma(t2[0i], fma(t2[0i], fma(t2[0i], fma(t2[0i], fma(t2[0i], -2.755732e-07f, 2.480159e-05f), -1.388889e-03f), 4.166667e-02f), -5.000000e-01f), 1.000000e+00f);
        quadrant[0i] = (i32(k[0i]) & 3i);
        var condval_5 : f32;
        if ((quadrant[0i] == 0i)) {
          condval_5 = t2[0i];
} else {
          var condval_6 : f32;
          if ((quadrant[0i] == 1i)) {
            condval_6 = (angle[0i] * -1.000000e+00f);
} else {
            var condval_7 : f32;
            if ((quadrant[0i] == 2i)) {
              condval_7 = (t2[0i] * -1.000000e+00f);
} else {
              condval_7 = angle[0i];
}
            condval_6 = condval_7;
}
          condval_5 = condval_6;
}
        cs[0i] = (podArgs.mscale * condval_5);
        var condval_8 : f32;
        if ((quadrant[0i] == 0i)) {
          condval_8 = angle[0i];
} else {
          var condval_9 : f32;
          if ((quadrant[0i] == 1i)) {
            condval_9 = t2[0i];
} else {
            var condval_10 : f32;
            if ((quadrant[0i] == 2i)) {
              condval_10 = (angle[0i] * -1.000000e+00f);
} else {
              condval_10 = (t2[0i] * -1.000000e+00f);
}
            condval_9 = condval_10;
}
          condval_8 = condval_9;
}
        cs[1i] = (podArgs.mscale * condval_8);
        var condval_11 : f32;
        if ((pair[2i] == 1i)) {
          condval_11 = ((qkv_ptr[(((v__1 * podArgs.qkv_width) + base[0i]) + j[0i])] * cs[0i]) - (qkv_ptr[(((v__1 * podArgs.qkv_width) + base[0i]) + pair[1i])] * cs[1i]));
} else {
          condval_11 = fma(qkv_ptr[(((v__1 * podArgs.qkv_width) + base[0i]) + pair[1i])], cs[1i], (qkv_ptr[(((v__1 * podArgs.qkv_width) + base[0i]) + j[0i])] * cs[0i]));
}
        out[0i] = condval_11;
      }
      if (i32(blockIdx.y) < podArgs.hq) {
        q_ptr[(((v__1 * podArgs.q_width) + (i32(blockIdx.y) * podArgs.hd)) + j[0i])] = out[0i];
      } else {
        let cse_v6 : i32 = (i32(blockIdx.y) - podArgs.hq);
        let cse_v7 : i32 = (((podArgs.pos0 + v__1) % podArgs.ctx) * podArgs.kv_width);
        if (i32(blockIdx.y) < (podArgs.hq + podArgs.hkv)) {
          k_cache_ptr[(((((podArgs.pos0 + v__1) % podArgs.ctx) * podArgs.kv_width) + ((i32(blockIdx.y) - podArgs.hq) * podArgs.hd)) + j[0i])] = out[0i];
        } else {
          v_cache_ptr[(((((podArgs.pos0 + v__1) % podArgs.ctx) * podArgs.kv_width) + (((i32(blockIdx.y) - podArgs.hq) - podArgs.hkv) * podArgs.hd)) + j[0i])] = out[0i];
        }
      }
    }
  }
}


