// Function: decode_attention_qk_norm_kernel
//----------------------------------------
// Function: decode_attention_qk_norm_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> K_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> O_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Stats_ptr : array<f32>;
@group(0) @binding(3) var<storage, read_write> V_ptr : array<f32>;
@group(0) @binding(4) var<storage, read> Wk_ptr : array<f32>;
@group(0) @binding(5) var<storage, read> Wq_ptr : array<f32>;
@group(0) @binding(6) var<storage, read> inv_freq_ptr : array<f32>;
@group(0) @binding(7) var<storage, read> qkv_ptr : array<f32>;

struct PODArgs {
  eps: f32,
  hd: i32,
  hkv: i32,
  hq: i32,
  interleaved: i32,
  mscale: f32,
  pos0: i32,
  rot_dim: i32,
  rows: i32,
  scale: f32,
  softcap: f32,
  splits: i32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(8) var<uniform> podArgs : PODArgs;

var<workgroup> q_s : array<f32, 256>;
var<workgroup> k_s : array<f32, 256>;
var<workgroup> red : array<f32, 64>;
var<workgroup> p_s : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn decode_attention_qk_norm_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var group : array<i32, 1>;
  var kvh : array<i32, 1>;
  var q0 : array<i32, 1>;
  var k0 : array<i32, 1>;
  var v0 : array<i32, 1>;
  var first : array<i32, 1>;
  var kv_len : array<i32, 1>;
  var per_split : array<i32, 1>;
  var begin : array<i32, 1>;
  var tmp : array<f32, 1>;
  var q_r : array<f32, 4>;
  var k_r : array<f32, 4>;
  var pair : array<i32, 3>;
  var cs : array<f32, 2>;
  var j : array<i32, 1>;
  var rh : array<i32, 1>;
  var angle : array<f32, 1>;
  var k : array<f32, 1>;
  var t2 : array<f32, 1>;
  var quadrant : array<i32, 1>;
  var row : array<i32, 1>;
  var acc : array<f32, 4>;
  var j_1 : array<i32, 1>;
  var st : array<f32, 4>;
  var tile : array<i32, 1>;
  var row0 : array<i32, 1>;
  var key : array<i32, 1>;
  var k_row : array<i32, 1>;
  var m_new : array<f32, 1>;
  var p : array<f32, 1>;
  var d : array<i32, 1>;
  var v_row : array<i32, 1>;
  let rmod : i32 = (podArgs.hq % podArgs.hkv);
  let rdiv : i32 = (podArgs.hq / podArgs.hkv);
  group[0i] = select((rdiv - 1i), rdiv, (((podArgs.hkv >= 0i) && (rmod >= 0i)) || ((podArgs.hkv < 0i) && (rmod <= 0i))));
  let rmod_1 : i32 = (v__1 % group[0i]);
  let rdiv_1 : i32 = (v__1 / group[0i]);
  kvh[0i] = select((rdiv_1 - 1i), rdiv_1, (((group[0i] >= 0i) && (rmod_1 >= 0i)) || ((group[0i] < 0i) && (rmod_1 <= 0i))));
  q0[0i] = (v__1 * podArgs.hd);
  k0[0i] = ((podArgs.hq + kvh[0i]) * podArgs.hd);
  v0[0i] = (((podArgs.hq + podArgs.hkv) + kvh[0i]) * podArgs.hd);
  let cse_v2 : i32 = (podArgs.pos0 + 1i);
  var condval : i32;
  if ((0i < podArgs.window)) {
    condval = max(((podArgs.pos0 + 1i) - podArgs.window), 0i);
} else {
    condval = 0i;
}
  first[0i] = condval;
  kv_len[0i] = ((podArgs.pos0 + 1i) - first[0i]);
  let rmod_2 : i32 = ((kv_len[0i] - 1i) % podArgs.splits);
  let rdiv_2 : i32 = ((kv_len[0i] - 1i) / podArgs.splits);
  per_split[0i] = (select((rdiv_2 - 1i), rdiv_2, (((podArgs.splits >= 0i) && (rmod_2 >= 0i)) || ((podArgs.splits < 0i) && (rmod_2 <= 0i)))) + 1i);
  begin[0i] = (i32(blockIdx.y) * per_split[0i]);
  per_split[0i] = max(min((begin[0i] + per_split[0i]), kv_len[0i]), begin[0i]);
  for (var d0 : i32 = 0i; d0 < 4i; d0++) {
    let cse_v9 : i32 = ((d0 * 64i) + i32(threadIdx.x));
    if (((d0 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      q_s[((d0 * 64i) + i32(threadIdx.x))] = qkv_ptr[(((d0 * 64i) + i32(threadIdx.x)) + q0[0i])];
      k_s[((d0 * 64i) + i32(threadIdx.x))] = qkv_ptr[(((d0 * 64i) + i32(threadIdx.x)) + k0[0i])];
    }
  }
  tmp[0i] = 0.000000e+00f;
  workgroupBarrier();
  for (var d0_1 : i32 = 0i; d0_1 < 4i; d0_1++) {
    let cse_v10 : i32 = ((d0_1 * 64i) + i32(threadIdx.x));
    if (((d0_1 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      tmp[0i] = fma(q_s[((d0_1 * 64i) + i32(threadIdx.x))], q_s[((d0_1 * 64i) + i32(threadIdx.x))], tmp[0i]);
    }
  }
  red[i32(threadIdx.x)] = tmp[0i];
  workgroupBarrier();
  let cse_v3 : i32 = (i32(threadIdx.x) * 8i);
  let cse_v11 : i32 = ((i32(threadIdx.x) * 8i) + 1i);
  let cse_v12 : i32 = ((i32(threadIdx.x) * 8i) + 2i);
  let cse_v13 : i32 = ((i32(threadIdx.x) * 8i) + 3i);
  let cse_v14 : i32 = ((i32(threadIdx.x) * 8i) + 4i);
  let cse_v15 : i32 = ((i32(threadIdx.x) * 8i) + 5i);
  let cse_v16 : i32 = ((i32(threadIdx.x) * 8i) + 6i);
  let cse_v17 : i32 = ((i32(threadIdx.x) * 8i) + 7i);
  if (i32(threadIdx.x) < 8i) {
    red[(i32(threadIdx.x) * 8i)] = (((((((red[(i32(threadIdx.x) * 8i)] + red[((i32(threadIdx.x) * 8i) + 1i)]) + red[((i32(threadIdx.x) * 8i) + 2i)]) + red[((i32(threadIdx.x) * 8i) + 3i)]) + red[((i32(threadIdx.x) * 8i) + 4i)]) + red[((i32(threadIdx.x) * 8i) + 5i)]) + red[((i32(threadIdx.x) * 8i) + 6i)]) + red[((i32(threadIdx.x) * 8i) + 7i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    red[0i] = (((((((red[0i] + red[8i]) + red[16i]) + red[24i]) + red[32i]) + red[40i]) + red[48i]) + red[56i]);
  }
  workgroupBarrier();
  let cse_v4 : f32 = f32(podArgs.hd);
  tmp[0i] = (1.000000e+00f / sqrt(((red[0i] / f32(podArgs.hd)) + podArgs.eps)));
  workgroupBarrier();
  for (var d0_2 : i32 = 0i; d0_2 < 4i; d0_2++) {
    let cse_v18 : i32 = ((d0_2 * 64i) + i32(threadIdx.x));
    workgroupBarrier();
    if (((d0_2 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      q_s[((d0_2 * 64i) + i32(threadIdx.x))] = ((q_s[((d0_2 * 64i) + i32(threadIdx.x))] * tmp[0i]) * Wq_ptr[((d0_2 * 64i) + i32(threadIdx.x))]);
    }
  }
  tmp[0i] = 0.000000e+00f;
  for (var d0_3 : i32 = 0i; d0_3 < 4i; d0_3++) {
    let cse_v19 : i32 = ((d0_3 * 64i) + i32(threadIdx.x));
    if (((d0_3 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      tmp[0i] = fma(k_s[((d0_3 * 64i) + i32(threadIdx.x))], k_s[((d0_3 * 64i) + i32(threadIdx.x))], tmp[0i]);
    }
  }
  red[i32(threadIdx.x)] = tmp[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    red[(i32(threadIdx.x) * 8i)] = (((((((red[(i32(threadIdx.x) * 8i)] + red[((i32(threadIdx.x) * 8i) + 1i)]) + red[((i32(threadIdx.x) * 8i) + 2i)]) + red[((i32(threadIdx.x) * 8i) + 3i)]) + red[((i32(threadIdx.x) * 8i) + 4i)]) + red[((i32(threadIdx.x) * 8i) + 5i)]) + red[((i32(threadIdx.x) * 8i) + 6i)]) + red[((i32(threadIdx.x) * 8i) + 7i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    red[0i] = (((((((red[0i] + red[8i]) + red[16i]) + red[24i]) + red[32i]) + red[40i]) + red[48i]) + red[56i]);
  }
  workgroupBarrier();
  tmp[0i] = (1.000000e+00f / sqrt(((red[0i] / f32(podArgs.hd)) + podArgs.eps)));
  workgroupBarrier();
  for (var d0_4 : i32 = 0i; d0_4 < 4i; d0_4++) {
    let cse_v20 : i32 = ((d0_4 * 64i) + i32(threadIdx.x));
    workgroupBarrier();
    if (((d0_4 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      k_s[((d0_4 * 64i) + i32(threadIdx.x))] = ((k_s[((d0_4 * 64i) + i32(threadIdx.x))] * tmp[0i]) * Wk_ptr[((d0_4 * 64i) + i32(threadIdx.x))]);
    }
  }
  workgroupBarrier();
  for (var d0_5 : i32 = 0i; d0_5 < 4i; d0_5++) {
    j[0i] = ((d0_5 * 64i) + i32(threadIdx.x));
    if (j[0i] < podArgs.hd) {
      q_r[d0_5] = q_s[j[0i]];
      k_r[d0_5] = k_s[j[0i]];
      if (j[0i] < podArgs.rot_dim) {
        rh[0i] = (podArgs.rot_dim>>1u);
        var condval_1 : i32;
        if ((podArgs.interleaved == 1i)) {
          condval_1 = (j[0i]>>1u);
} else {
          let rmod_3 : i32 = (j[0i] % rh[0i]);
          condval_1 = select((rmod_3 + rh[0i]), rmod_3, (((rh[0i] >= 0i) && (rmod_3 >= 0i)) || ((rh[0i] < 0i) && (rmod_3 <= 0i))));
}
        pair[0i] = condval_1;
        var condval_2 : i32;
        if ((podArgs.interleaved == 1i)) {
          var condval_3 : i32;
          if (((j[0i] % 2i) == 0i)) {
            condval_3 = (j[0i] + 1i);
} else {
            condval_3 = (j[0i] - 1i);
}
          condval_2 = condval_3;
} else {
          var condval_4 : i32;
          if ((j[0i] < rh[0i])) {
            condval_4 = (j[0i] + rh[0i]);
} else {
            condval_4 = (j[0i] - rh[0i]);
}
          condval_2 = condval_4;
}
        pair[1i] = condval_2;
        var condval_5 : bool;
        if ((podArgs.interleaved == 1i)) {
          condval_5 = ((j[0i] % 2i) == 0i);
} else {
          condval_5 = (j[0i] < rh[0i]);
}
        pair[2i] = i32(condval_5);
        angle[0i] = (f32(podArgs.pos0) * inv_freq_ptr[pair[0i]]);
        k[0i] = round((angle[0i] * 6.366198e-01f));
        angle[0i] = (((angle[0i] - (k[0i] * 1.562500e+00f)) - (k[0i] * 8.300781e-03f)) - (k[0i] * -4.454455e-06f));
        t2[0i] = (angle[0i] * angle[0i]);
        angle[0i] = (angle[0i] * fma(t2[0i], fma(t2[0i], fma(t2[0i], fma(t2[0i], 2.755732e-06f, -1.984127e-04f), 8.333333e-03f), -1.666667e-01f), 1.000000e+00f));
        t2[0i] = fma(t2[0i], fma(t2[0i], fma(t2[0i], fma(t2[0i], fma(t2[0i], -2.755732e-07f, 2.480159e-05f), -1.388889e-03f), 4.166667e-02f), -5.000000e-01f), 1.000000e+00f);
        quadrant[0i] = (i32(k[0i]) & 3i);
        var condval_6 : f32;
        if ((quadrant[0i] == 0i)) {
          condval_6 = t2[0i];
} else {
          var condval_7 : f32;
          if ((quadrant[0i] == 1i)) {
            condval_7 = (angle[0i] * -1.000000e+00f);
} else {
            var condval_8 : f32;
            if ((quadrant[0i] == 2i)) {
              condval_8 = (t2[0i] * -1.000000e+00f);
} else {
              condval_8 = angle[0i];
}
            condval_7 = condval_8;
}
          condval_6 = condval_7;
}
        cs[0i] = (podArgs.mscale * condval_6);
        var condval_9 : f32;
        if ((quadrant[0i] == 0i)) {
          condval_9 = angle[0i];
} else {
          var condval_10 : f32;
          if ((quadrant[0i] == 1i)) {
            condval_10 = t2[0i];
} else {
            var condval_11 : f32;
            if ((quadrant[0i] == 2i)) {
              condval_11 = (angle[0i] * -1.000000e+00f);
} else {
              condval_11 = (t2[0i] * -1.000000e+00f);
}
            condval_10 = condval_11;
}
          condval_9 = condval_10;
}
        cs[1i] = (podArgs.mscale * condval_9);
        var condval_12 : f32;
        if ((pair[2i] == 1i)) {
          condval_12 = ((q_s[j[0i]] * cs[0i]) - (q_s[pair[1i]] * cs[1i]));
} else {
          condval_12 = fma(q_s[pair[1i]], cs[1i], (q_s[j[0i]] * cs[0i]));
}
        q_r[d0_5] = condval_12;
        var condval_13 : f32;
        if ((pair[2i] == 1i)) {
          condval_13 = ((k_s[j[0i]] * cs[0i]) - (k_s[pair[1i]] * cs[1i]));
} else {
          condval_13 = fma(k_s[pair[1i]], cs[1i], (k_s[j[0i]] * cs[0i]));
}
        k_r[d0_5] = condval_13;
      }
    }
  }
  workgroupBarrier();
  row[0i] = (podArgs.pos0 % podArgs.rows);
  for (var d0_6 : i32 = 0i; d0_6 < 4i; d0_6++) {
    j_1[0i] = ((d0_6 * 64i) + i32(threadIdx.x));
    acc[d0_6] = 0.000000e+00f;
    if (j_1[0i] < podArgs.hd) {
      q_s[j_1[0i]] = (q_r[d0_6] * podArgs.scale);
      k_s[j_1[0i]] = k_r[d0_6];
      if (((v__1 % group[0i]) == 0i) && (i32(blockIdx.y) == 0i)) {
        K_ptr[((((row[0i] * podArgs.hkv) + kvh[0i]) * podArgs.hd) + j_1[0i])] = k_r[d0_6];
        V_ptr[((((row[0i] * podArgs.hkv) + kvh[0i]) * podArgs.hd) + j_1[0i])] = qkv_ptr[(v0[0i] + j_1[0i])];
      }
    }
  }
  st[0i] = -3.000000e+38f;
  st[1i] = 0.000000e+00f;
  workgroupBarrier();
  for (var t : i32 = 0i; t < (((per_split[0i] + 63i) - begin[0i])>>6u); t++) {
    tile[0i] = ((t * 64i) + begin[0i]);
    row0[0i] = ((first[0i] + tile[0i]) % podArgs.rows);
    key[0i] = (tile[0i] + i32(threadIdx.x));
    st[2i] = -3.000000e+38f;
    if (key[0i] < per_split[0i]) {
      st[2i] = 0.000000e+00f;
      if (key[0i] == (kv_len[0i] - 1i)) {
        for (var d_1 : i32 = 0i; d_1 < podArgs.hd; d_1++) {
          st[2i] = fma(q_s[d_1], k_s[d_1], st[2i]);
        }
      } else {
        var condval_14 : i32;
        if ((podArgs.rows <= (row0[0i] + i32(threadIdx.x)))) {
          condval_14 = ((row0[0i] + i32(threadIdx.x)) - podArgs.rows);
} else {
          condval_14 = (row0[0i] + i32(threadIdx.x));
}
        k_row[0i] = condval_14;
        for (var d_2 : i32 = 0i; d_2 < podArgs.hd; d_2++) {
          st[2i] = fma(q_s[d_2], K_ptr[(d_2 + (((k_row[0i] * podArgs.hkv) + kvh[0i]) * podArgs.hd))], st[2i]);
        }
      }
      if (0.000000e+00f < podArgs.softcap) {
        var condval_15 : f32;
        if (((st[2i] / podArgs.softcap) < 0.000000e+00f)) {
          var condval_16 : f32;
          if ((abs((st[2i] / podArgs.softcap)) < 5.500000e-01f)) {
            condval_16 = fma((abs((st[2i] / podArgs.softcap)) * (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap)))), fma(fma(fma(fma(-6.657240e-03f, (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 2.133962e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -5.391572e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 1.333316e-01f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -3.333333e-01f), abs((st[2i] / podArgs.softcap)));
} else {
            condval_16 = ((1.000000e+00f - exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))) / (1.000000e+00f + exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))));
}
          condval_15 = (condval_16 * -1.000000e+00f);
} else {
          var condval_17 : f32;
          if ((abs((st[2i] / podArgs.softcap)) < 5.500000e-01f)) {
            condval_17 = fma((abs((st[2i] / podArgs.softcap)) * (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap)))), fma(fma(fma(fma(-6.657240e-03f, (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 2.133962e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -5.391572e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 1.333316e-01f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -3.333333e-01f), abs((st[2i] / podArgs.softcap)));
} else {
            condval_17 = ((1.000000e+00f - exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))) / (1.000000e+00f + exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))));
}
          condval_15 = condval_17;
}
        st[2i] = (podArgs.softcap * condval_15);
      }
    }
    red[i32(threadIdx.x)] = st[2i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 8i) {
      red[(i32(threadIdx.x) * 8i)] = max(max(max(max(max(max(max(red[(i32(threadIdx.x) * 8i)], red[((i32(threadIdx.x) * 8i) + 1i)]), red[((i32(threadIdx.x) * 8i) + 2i)]), red[((i32(threadIdx.x) * 8i) + 3i)]), red[((i32(threadIdx.x) * 8i) + 4i)]), red[((i32(threadIdx.x) * 8i) + 5i)]), red[((i32(threadIdx.x) * 8i) + 6i)]), red[((i32(threadIdx.x) * 8i) + 7i)]);
    }
    workgroupBarrier();
    if (i32(threadIdx.x) == 0i) {
      red[0i] = max(max(max(max(max(max(max(red[0i], red[8i]), red[16i]), red[24i]), red[32i]), red[40i]), red[48i]), red[56i]);
    }
    workgroupBarrier();
    m_new[0i] = max(st[0i], red[0i]);
    workgroupBarrier();
    var condval_18 : f32;
    if ((key[0i] < per_split[0i])) {
      condval_18 = exp((st[2i] - m_new[0i]));
} else {
      condval_18 = 0.000000e+00f;
}
    p[0i] = condval_18;
    p_s[i32(threadIdx.x)] = p[0i];
    red[i32(threadIdx.x)] = p[0i];
    workgroupBarrier();
    if (i32(threadIdx.x) < 8i) {
      red[(i32(threadIdx.x) * 8i)] = (((((((red[(i32(threadIdx.x) * 8i)] + red[((i32(threadIdx.x) * 8i) + 1i)]) + red[((i32(threadIdx.x) * 8i) + 2i)]) + red[((i32(threadIdx.x) * 8i) + 3i)]) + red[((i32(threadIdx.x) * 8i) + 4i)]) + red[((i32(threadIdx.x) * 8i) + 5i)]) + red[((i32(threadIdx.x) * 8i) + 6i)]) + red[((i32(threadIdx.x) * 8i) + 7i)]);
    }
    workgroupBarrier();
    if (i32(threadIdx.x) == 0i) {
      red[0i] = (((((((red[0i] + red[8i]) + red[16i]) + red[24i]) + red[32i]) + red[40i]) + red[48i]) + red[56i]);
    }
    workgroupBarrier();
    st[3i] = exp((st[0i] - m_new[0i]));
    st[1i] = fma(st[1i], st[3i], red[0i]);
    st[0i] = m_new[0i];
    for (var d0_7 : i32 = 0i; d0_7 < 4i; d0_7++) {
      d[0i] = ((d0_7 * 64i) + i32(threadIdx.x));
      if (d[0i] < podArgs.hd) {
        acc[d0_7] = (acc[d0_7] * st[3i]);
        for (var jj : i32 = 0i; jj < min(64i, (per_split[0i] - tile[0i])); jj++) {
          if ((tile[0i] + jj) == (kv_len[0i] - 1i)) {
            acc[d0_7] = fma(p_s[jj], qkv_ptr[(v0[0i] + d[0i])], acc[d0_7]);
          } else {
            var condval_19 : i32;
            if ((podArgs.rows <= (row0[0i] + jj))) {
              condval_19 = ((row0[0i] + jj) - podArgs.rows);
} else {
              condval_19 = (row0[0i] + jj);
}
            v_row[0i] = condval_19;
            acc[d0_7] = fma(p_s[jj], V_ptr[((((v_row[0i] * podArgs.hkv) + kvh[0i]) * podArgs.hd) + d[0i])], acc[d0_7]);
          }
        }
      }
    }
    workgroupBarrier();
  }
  let cse_v6 : i32 = (v__1 * podArgs.splits);
  if (podArgs.splits == 1i) {
    for (var d0_8 : i32 = 0i; d0_8 < 4i; d0_8++) {
      let cse_v5 : i32 = (d0_8 * 64i);
      if (((d0_8 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
        O_ptr[(((d0_8 * 64i) + ((v__1 * podArgs.splits) * podArgs.hd)) + i32(threadIdx.x))] = (acc[d0_8] / st[1i]);
      }
    }
  } else {
    for (var d0_9 : i32 = 0i; d0_9 < 4i; d0_9++) {
      let cse_v7 : i32 = (d0_9 * 64i);
      if (((d0_9 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
        O_ptr[(((d0_9 * 64i) + (((v__1 * podArgs.splits) + i32(blockIdx.y)) * podArgs.hd)) + i32(threadIdx.x))] = acc[d0_9];
      }
    }
  }
  if ((1i < podArgs.splits) && (i32(threadIdx.x) == 0i)) {
    let cse_v21 : i32 = (((v__1 * podArgs.splits) * 2i) + (i32(blockIdx.y) * 2i));
    Stats_ptr[(((v__1 * podArgs.splits) * 2i) + (i32(blockIdx.y) * 2i))] = st[0i];
    Stats_ptr[((((v__1 * podArgs.splits) * 2i) + (i32(blockIdx.y) * 2i)) + 1i)] = st[1i];
  }
}


