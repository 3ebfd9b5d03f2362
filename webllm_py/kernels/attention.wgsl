// Function: attention_kernel
//----------------------------------------
// Function: attention_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> K_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> O_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> Q_ptr : array<f32>;
@group(0) @binding(3) var<storage, read> V_ptr : array<f32>;

struct PODArgs {
  cse_v1: i32,
  ctx: i32,
  hd: i32,
  hkv: i32,
  hq: i32,
  pos0: i32,
  scale: f32,
  softcap: f32,
  window: i32,
  packGridDimX: u32
}
@group(0) @binding(4) var<uniform> podArgs : PODArgs;

var<workgroup> q_s : array<f32, 256>;
var<workgroup> red : array<f32, 64>;
var<workgroup> p_s : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn attention_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var i : array<i32, 1>;
  var h : array<i32, 1>;
  var kvh : array<i32, 1>;
  var first : array<i32, 1>;
  var kv_len : array<i32, 1>;
  var acc : array<f32, 4>;
  var st : array<f32, 4>;
  var row0 : array<i32, 1>;
  var key : array<i32, 1>;
  var k_row : array<i32, 1>;
  var m_new : array<f32, 1>;
  var p : array<f32, 1>;
  var d : array<i32, 1>;
  var v_row : array<i32, 1>;
  let rmod : i32 = (v__1 % podArgs.hq);
  let rdiv : i32 = (v__1 / podArgs.hq);
  i[0i] = select((rdiv - 1i), rdiv, (((podArgs.hq >= 0i) && (rmod >= 0i)) || ((podArgs.hq < 0i) && (rmod <= 0i))));
  let rmod_1 : i32 = (v__1 % podArgs.hq);
  h[0i] = select((rmod_1 + podArgs.hq), rmod_1, (((podArgs.hq >= 0i) && (rmod_1 >= 0i)) || ((podArgs.hq < 0i) && (rmod_1 <= 0i))));
    let rmod_2 : i32 = (podArgs.hq % podArgs.hkv);
  let rdiv_1 : i32 = (podArgs.hq / podArgs.hkv);
let rmod_3 : i32 = (h[0i] % select((rdiv_1 - 1i), rdiv_1, (((podArgs.hkv >= 0i) && (rmod_2 >= 0i)) || ((podArgs.hkv < 0i) && (rmod_2 <= 0i)))));
    let rmod_4 : i32 = (podArgs.hq % podArgs.hkv);
  let rdiv_2 : i32 = (podArgs.hq / podArgs.hkv);
let rdiv_3 : i32 = (h[0i] / select((rdiv_2 - 1i), rdiv_2, (((podArgs.hkv >= 0i) && (rmod_4 >= 0i)) || ((podArgs.hkv < 0i) && (rmod_4 <= 0i)))));
  let rmod_5 : i32 = (podArgs.hq % podArgs.hkv);
  let rdiv_4 : i32 = (podArgs.hq / podArgs.hkv);
  let rmod_6 : i32 = (podArgs.hq % podArgs.hkv);
  let rdiv_5 : i32 = (podArgs.hq / podArgs.hkv);
  kvh[0i] = select((rdiv_3 - 1i), rdiv_3, (((select((rdiv_4 - 1i), rdiv_4, (((podArgs.hkv >= 0i) && (rmod_5 >= 0i)) || ((podArgs.hkv < 0i) && (rmod_5 <= 0i)))) >= 0i) && (rmod_3 >= 0i)) || ((select((rdiv_5 - 1i), rdiv_5, (((podArgs.hkv >= 0i) && (rmod_6 >= 0i)) || ((podArgs.hkv < 0i) && (rmod_6 <= 0i)))) < 0i) && (rmod_3 <= 0i))));
  var condval : i32;
  if ((0i < podArgs.window)) {
    condval = max((((podArgs.pos0 + i[0i]) + 1i) - podArgs.window), 0i);
} else {
    condval = 0i;
}
  first[0i] = condval;
  kv_len[0i] = (((podArgs.pos0 + i[0i]) + 1i) - first[0i]);
  for (var d0 : i32 = 0i; d0 < 4i; d0++) {
    acc[d0] = 0.000000e+00f;
    let cse_v7 : i32 = ((d0 * 64i) + i32(threadIdx.x));
    if (((d0 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      q_s[((d0 * 64i) + i32(threadIdx.x))] = (Q_ptr[(((d0 * 64i) + i32(threadIdx.x)) + (((i[0i] * podArgs.hq) + h[0i]) * podArgs.hd))] * podArgs.scale);
    }
  }
  st[0i] = -3.000000e+38f;
  st[1i] = 0.000000e+00f;
  workgroupBarrier();
  for (var t : i32 = 0i; t < ((kv_len[0i] + 63i)>>6u); t++) {
    let cse_v2 : i32 = (t * 64i);
    row0[0i] = (((t * 64i) + first[0i]) % podArgs.ctx);
    key[0i] = ((t * 64i) + i32(threadIdx.x));
    st[2i] = -3.000000e+38f;
    if (key[0i] < kv_len[0i]) {
      st[2i] = 0.000000e+00f;
      var condval_1 : i32;
      if ((podArgs.ctx <= (row0[0i] + i32(threadIdx.x)))) {
        condval_1 = ((row0[0i] + i32(threadIdx.x)) - podArgs.ctx);
} else {
        condval_1 = (row0[0i] + i32(threadIdx.x));
}
      k_row[0i] = condval_1;
      for (var d_1 : i32 = 0i; d_1 < podArgs.hd; d_1++) {
        st[2i] = fma(q_s[d_1], K_ptr[(d_1 + (((k_row[0i] * podArgs.hkv) + kvh[0i]) * podArgs.hd))], st[2i]);
      }
      if (0.000000e+00f < podArgs.softcap) {
        var condval_2 : f32;
        if (((st[2i] / podArgs.softcap) < 0.000000e+00f)) {
          var condval_3 : f32;
          if ((abs((st[2i] / podArgs.softcap)) < 5.500000e-01f)) {
            condval_3 = fma((abs((st[2i] / podArgs.softcap)) * (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap)))), fma(fma(fma(fma(-6.657240e-03f, (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 2.133962e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -5.391572e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 1.333316e-01f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -3.333333e-01f), abs((st[2i] / podArgs.softcap)));
} else {
            condval_3 = ((1.000000e+00f - exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))) / (1.000000e+00f + exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))));
}
          condval_2 = (condval_3 * -1.000000e+00f);
} else {
          var condval_4 : f32;
          if ((abs((st[2i] / podArgs.softcap)) < 5.500000e-01f)) {
            condval_4 = fma((abs((st[2i] / podArgs.softcap)) * (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap)))), fma(fma(fma(fma(-6.657240e-03f, (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 2.133962e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -5.391572e-02f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), 1.333316e-01f), (abs((st[2i] / podArgs.softcap)) * abs((st[2i] / podArgs.softcap))), -3.333333e-01f), abs((st[2i] / podArgs.softcap)));
} else {
            condval_4 = ((1.000000e+00f - exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))) / (1.000000e+00f + exp((-2.000000e+00f * abs((st[2i] / podArgs.softcap))))));
}
          condval_2 = condval_4;
}
        st[2i] = (podArgs.softcap * condval_2);
      }
    }
    red[i32(threadIdx.x)] = st[2i];
    workgroupBarrier();
    let cse_v3 : i32 = (i32(threadIdx.x) * 8i);
    let cse_v8 : i32 = ((i32(threadIdx.x) * 8i) + 1i);
    let cse_v9 : i32 = ((i32(threadIdx.x) * 8i) + 2i);
    let cse_v10 : i32 = ((i32(threadIdx.x) * 8i) + 3i);
    let cse_v11 : i32 = ((i32(threadIdx.x) * 8i) + 4i);
    let cse_v12 : i32 = ((i32(threadIdx.x) * 8i) + 5i);
    let cse_v13 : i32 = ((i32(threadIdx.x) * 8i) + 6i);
    let cse_v14 : i32 = ((i32(threadIdx.x) * 8i) + 7i);
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
    var condval_5 : f32;
    if ((key[0i] < kv_len[0i])) {
      condval_5 = exp((st[2i] - m_new[0i]));
} else {
      condval_5 = 0.000000e+00f;
}
    p[0i] = condval_5;
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
    for (var d0_1 : i32 = 0i; d0_1 < 4i; d0_1++) {
      d[0i] = ((d0_1 * 64i) + i32(threadIdx.x));
      if (d[0i] < podArgs.hd) {
        acc[d0_1] = (acc[d0_1] * st[3i]);
        for (var jj : i32 = 0i; jj < min(64i, (kv_len[0i] - (t * 64i))); jj++) {
          var condval_6 : i32;
          if ((podArgs.ctx <= (row0[0i] + jj))) {
            condval_6 = ((row0[0i] + jj) - podArgs.ctx);
} else {
            condval_6 = (row0[0i] + jj);
}
          v_row[0i] = condval_6;
          acc[d0_1] = fma(p_s[jj], V_ptr[((((v_row[0i] * podArgs.hkv) + kvh[0i]) * podArgs.hd) + d[0i])], acc[d0_1]);
        }
      }
    }
    workgroupBarrier();
  }
  for (var d0_2 : i32 = 0i; d0_2 < 4i; d0_2++) {
    let cse_v4 : i32 = (d0_2 * 64i);
    if (((d0_2 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      O_ptr[(((d0_2 * 64i) + (((i[0i] * podArgs.hq) + h[0i]) * podArgs.hd)) + i32(threadIdx.x))] = (acc[d0_2] / st[1i]);
    }
  }
}


