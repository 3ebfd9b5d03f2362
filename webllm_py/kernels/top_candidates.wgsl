// Function: top_candidates_kernel
//----------------------------------------
// Function: top_candidates_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> logits_ptr : array<f32>;
@group(0) @binding(1) var<storage, read_write> part_ptr : array<f32>;

struct PODArgs {
  groups: i32,
  row: i32,
  temperature: f32,
  vocab: i32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

var<workgroup> si : array<i32, 1024>;
var<workgroup> sv : array<f32, 1024>;
var<workgroup> red : array<f32, 512>;
@compute @workgroup_size(256, 1, 1)
fn top_candidates_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var xs : array<f32, 4>;
  var j : array<i32, 1>;
  var pv : array<f32, 4>;
  var pi : array<i32, 4>;
  var i : array<i32, 1>;
  var i_1 : array<i32, 1>;
  var later_first : array<bool, 1>;
  var outputs : array<i32, 1>;
  var q : array<i32, 1>;
  var a : array<i32, 1>;
  var i_2 : array<i32, 1>;
  var i_3 : array<i32, 1>;
  var later_first_1 : array<bool, 1>;
  var m : array<f32, 1>;
  var acc : array<f32, 4>;
  var s : array<i32, 1>;
  let cse_v10 : i32 = ((v__1 * 1024i) + i32(threadIdx.x));
  j[0i] = ((v__1 * 1024i) + i32(threadIdx.x));
  let cse_v1 : i32 = (podArgs.row * podArgs.vocab);
  if (j[0i] < podArgs.vocab) {
    xs[0i] = logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])];
    si[i32(threadIdx.x)] = j[0i];
  } else {
    xs[0i] = -3.402823e+38f;
    si[i32(threadIdx.x)] = 2147483647i;
  }
  sv[i32(threadIdx.x)] = xs[0i];
  j[0i] = (((v__1 * 1024i) + i32(threadIdx.x)) + 256i);
  let cse_v2 : i32 = (i32(threadIdx.x) + 256i);
  if (j[0i] < podArgs.vocab) {
    xs[1i] = logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])];
    si[(i32(threadIdx.x) + 256i)] = j[0i];
  } else {
    xs[1i] = -3.402823e+38f;
    si[(i32(threadIdx.x) + 256i)] = 2147483647i;
  }
  sv[(i32(threadIdx.x) + 256i)] = xs[1i];
  j[0i] = (((v__1 * 1024i) + i32(threadIdx.x)) + 512i);
  let cse_v3 : i32 = (i32(threadIdx.x) + 512i);
  if (j[0i] < podArgs.vocab) {
    xs[2i] = logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])];
    si[(i32(threadIdx.x) + 512i)] = j[0i];
  } else {
    xs[2i] = -3.402823e+38f;
    si[(i32(threadIdx.x) + 512i)] = 2147483647i;
  }
  sv[(i32(threadIdx.x) + 512i)] = xs[2i];
  j[0i] = (((v__1 * 1024i) + i32(threadIdx.x)) + 768i);
  let cse_v4 : i32 = (i32(threadIdx.x) + 768i);
  if (j[0i] < podArgs.vocab) {
    xs[3i] = logits_ptr[((podArgs.row * podArgs.vocab) + j[0i])];
    si[(i32(threadIdx.x) + 768i)] = j[0i];
  } else {
    xs[3i] = -3.402823e+38f;
    si[(i32(threadIdx.x) + 768i)] = 2147483647i;
  }
  sv[(i32(threadIdx.x) + 768i)] = xs[3i];
  workgroupBarrier();
  for (var a_1 : i32 = 0i; a_1 < 6i; a_1++) {
    for (var b : i32 = 0i; b < (a_1 + 1i); b++) {
      let cse_v5 : i32 = (a_1 - b);
      let cse_v11 : i32 = ((1i<<u32(a_1))>>u32(b));
      let cse_v14 : i32 = (((1i<<u32(a_1))>>u32(b)) - 1i);
      let cse_v15 : i32 = ((((i32(threadIdx.x)>>u32((a_1 - b))) * ((1i<<u32(a_1))>>u32(b))) * 2i) + (i32(threadIdx.x) & (((1i<<u32(a_1))>>u32(b)) - 1i)));
      i[0i] = ((((i32(threadIdx.x)>>u32((a_1 - b))) * ((1i<<u32(a_1))>>u32(b))) * 2i) + (i32(threadIdx.x) & (((1i<<u32(a_1))>>u32(b)) - 1i)));
      pv[0i] = sv[i[0i]];
      pi[0i] = si[i[0i]];
      pv[1i] = sv[(i[0i] + ((1i<<u32(a_1))>>u32(b)))];
      pi[1i] = si[(i[0i] + ((1i<<u32(a_1))>>u32(b)))];
      let cse_v16 : i32 = (((((i32(threadIdx.x) + 256i)>>u32((a_1 - b))) * ((1i<<u32(a_1))>>u32(b))) * 2i) + ((i32(threadIdx.x) + 256i) & (((1i<<u32(a_1))>>u32(b)) - 1i)));
      i[0i] = (((((i32(threadIdx.x) + 256i)>>u32((a_1 - b))) * ((1i<<u32(a_1))>>u32(b))) * 2i) + ((i32(threadIdx.x) + 256i) & (((1i<<u32(a_1))>>u32(b)) - 1i)));
      pv[2i] = sv[i[0i]];
      pi[2i] = si[i[0i]];
      pv[3i] = sv[(i[0i] + ((1i<<u32(a_1))>>u32(b)))];
      pi[3i] = si[(i[0i] + ((1i<<u32(a_1))>>u32(b)))];
      workgroupBarrier();
      i_1[0i] = ((((i32(threadIdx.x)>>u32((a_1 - b))) * ((1i<<u32(a_1))>>u32(b))) * 2i) + (i32(threadIdx.x) & (((1i<<u32(a_1))>>u32(b)) - 1i)));
      later_first[0i] = bool(((pv[0i] < pv[1i]) || ((pv[1i] == pv[0i]) && (pi[1i] < pi[0i]))));
      let cse_v6 : i32 = (2i<<u32(a_1));
      var condval : i32;
      if ((a_1 == 5i)) {
        condval = 0i;
} else {
        condval = (2i<<u32(a_1));
}
      if (bool(later_first[0i]) == ((i_1[0i] & condval) == 0i)) {
        sv[i_1[0i]] = pv[1i];
        si[i_1[0i]] = pi[1i];
        sv[(i_1[0i] + ((1i<<u32(a_1))>>u32(b)))] = pv[0i];
        si[(i_1[0i] + ((1i<<u32(a_1))>>u32(b)))] = pi[0i];
      }
      i_1[0i] = (((((i32(threadIdx.x) + 256i)>>u32((a_1 - b))) * ((1i<<u32(a_1))>>u32(b))) * 2i) + ((i32(threadIdx.x) + 256i) & (((1i<<u32(a_1))>>u32(b)) - 1i)));
      later_first[0i] = bool(((pv[2i] < pv[3i]) || ((pv[3i] == pv[2i]) && (pi[3i] < pi[2i]))));
      var condval_1 : i32;
      if ((a_1 == 5i)) {
        condval_1 = 0i;
} else {
        condval_1 = (2i<<u32(a_1));
}
      if (bool(later_first[0i]) == ((i_1[0i] & condval_1) == 0i)) {
        sv[i_1[0i]] = pv[3i];
        si[i_1[0i]] = pi[3i];
        sv[(i_1[0i] + ((1i<<u32(a_1))>>u32(b)))] = pv[2i];
        si[(i_1[0i] + ((1i<<u32(a_1))>>u32(b)))] = pi[2i];
      }
      workgroupBarrier();
    }
  }
  for (var level : i32 = 0i; level < 4i; level++) {
    outputs[0i] = (512i>>u32(level));
    q[0i] = i32(threadIdx.x);
    a[0i] = (((q[0i]>>6u) * 128i) + (q[0i] & 63i));
    q[0i] = ((((q[0i]>>6u) * 128i) + 127i) - (q[0i] & 63i));
    pv[0i] = sv[a[0i]];
    pi[0i] = si[a[0i]];
    pv[2i] = sv[q[0i]];
    pi[2i] = si[q[0i]];
    q[0i] = (i32(threadIdx.x) + 256i);
    a[0i] = (((q[0i]>>6u) * 128i) + (q[0i] & 63i));
    q[0i] = ((((q[0i]>>6u) * 128i) + 127i) - (q[0i] & 63i));
    pv[1i] = sv[a[0i]];
    pi[1i] = si[a[0i]];
    pv[3i] = sv[q[0i]];
    pi[3i] = si[q[0i]];
    workgroupBarrier();
    if (i32(threadIdx.x) < outputs[0i]) {
      if ((pv[0i] < pv[2i]) || ((pv[2i] == pv[0i]) && (pi[2i] < pi[0i]))) {
        sv[i32(threadIdx.x)] = pv[2i];
        si[i32(threadIdx.x)] = pi[2i];
      } else {
        sv[i32(threadIdx.x)] = pv[0i];
        si[i32(threadIdx.x)] = pi[0i];
      }
    }
    if ((i32(threadIdx.x) + 256i) < outputs[0i]) {
      if ((pv[1i] < pv[3i]) || ((pv[3i] == pv[1i]) && (pi[3i] < pi[1i]))) {
        sv[(i32(threadIdx.x) + 256i)] = pv[3i];
        si[(i32(threadIdx.x) + 256i)] = pi[3i];
      } else {
        sv[(i32(threadIdx.x) + 256i)] = pv[1i];
        si[(i32(threadIdx.x) + 256i)] = pi[1i];
      }
    }
    workgroupBarrier();
    for (var step : i32 = 0i; step < 6i; step++) {
      let cse_v7 : i32 = (5i - step);
      let cse_v8 : i32 = (32i>>u32(step));
      let cse_v12 : i32 = ((32i>>u32(step)) - 1i);
      let cse_v17 : i32 = ((((i32(threadIdx.x)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + (i32(threadIdx.x) & ((32i>>u32(step)) - 1i)));
      i_2[0i] = ((((i32(threadIdx.x)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + (i32(threadIdx.x) & ((32i>>u32(step)) - 1i)));
      pv[0i] = sv[i_2[0i]];
      pi[0i] = si[i_2[0i]];
      pv[1i] = sv[(i_2[0i] + (32i>>u32(step)))];
      pi[1i] = si[(i_2[0i] + (32i>>u32(step)))];
      let cse_v18 : i32 = (((((i32(threadIdx.x) + 256i)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + ((i32(threadIdx.x) + 256i) & ((32i>>u32(step)) - 1i)));
      i_2[0i] = (((((i32(threadIdx.x) + 256i)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + ((i32(threadIdx.x) + 256i) & ((32i>>u32(step)) - 1i)));
      pv[2i] = sv[i_2[0i]];
      pi[2i] = si[i_2[0i]];
      pv[3i] = sv[(i_2[0i] + (32i>>u32(step)))];
      pi[3i] = si[(i_2[0i] + (32i>>u32(step)))];
      workgroupBarrier();
      i_3[0i] = ((((i32(threadIdx.x)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + (i32(threadIdx.x) & ((32i>>u32(step)) - 1i)));
      later_first_1[0i] = bool(((pv[0i] < pv[1i]) || ((pv[1i] == pv[0i]) && (pi[1i] < pi[0i]))));
      if ((i32(threadIdx.x) < (outputs[0i]>>1u)) && (bool(later_first_1[0i]) == bool(1))) {
        sv[i_3[0i]] = pv[1i];
        si[i_3[0i]] = pi[1i];
        sv[(i_3[0i] + (32i>>u32(step)))] = pv[0i];
        si[(i_3[0i] + (32i>>u32(step)))] = pi[0i];
      }
      i_3[0i] = (((((i32(threadIdx.x) + 256i)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + ((i32(threadIdx.x) + 256i) & ((32i>>u32(step)) - 1i)));
      later_first_1[0i] = bool(((pv[2i] < pv[3i]) || ((pv[3i] == pv[2i]) && (pi[3i] < pi[2i]))));
      if (((i32(threadIdx.x) + 256i) < (outputs[0i]>>1u)) && (bool(later_first_1[0i]) == bool(1))) {
        sv[i_3[0i]] = pv[3i];
        si[i_3[0i]] = pi[3i];
        sv[(i_3[0i] + (32i>>u32(step)))] = pv[2i];
        si[(i_3[0i] + (32i>>u32(step)))] = pi[2i];
      }
      workgroupBarrier();
    }
  }
  m[0i] = sv[0i];
  acc[0i] = 0.000000e+00f;
  acc[1i] = 0.000000e+00f;
  acc[0i] = (acc[0i] + exp(((xs[0i] - m[0i]) / podArgs.temperature)));
  acc[1i] = (acc[1i] + exp((xs[0i] - m[0i])));
  acc[0i] = (acc[0i] + exp(((xs[1i] - m[0i]) / podArgs.temperature)));
  acc[1i] = (acc[1i] + exp((xs[1i] - m[0i])));
  acc[0i] = (acc[0i] + exp(((xs[2i] - m[0i]) / podArgs.temperature)));
  acc[1i] = (acc[1i] + exp((xs[2i] - m[0i])));
  acc[0i] = (acc[0i] + exp(((xs[3i] - m[0i]) / podArgs.temperature)));
  acc[1i] = (acc[1i] + exp((xs[3i] - m[0i])));
  red[i32(threadIdx.x)] = acc[0i];
  red[(i32(threadIdx.x) + 256i)] = acc[1i];
  workgroupBarrier();
  s[0i] = 128i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 64i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 32i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 16i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 8i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 4i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 2i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  s[0i] = 1i;
  acc[2i] = red[min((i32(threadIdx.x) + s[0i]), 255i)];
  acc[3i] = red[(min((i32(threadIdx.x) + s[0i]), 255i) + 256i)];
  workgroupBarrier();
  if (i32(threadIdx.x) < s[0i]) {
    red[i32(threadIdx.x)] = (acc[0i] + acc[2i]);
    red[(i32(threadIdx.x) + 256i)] = (acc[1i] + acc[3i]);
  }
  acc[0i] = (acc[0i] + acc[2i]);
  acc[1i] = (acc[1i] + acc[3i]);
  workgroupBarrier();
  let cse_v9 : i32 = (v__1 * 131i);
  if (i32(threadIdx.x) < 64i) {
    let cse_v13 : i32 = ((v__1 * 131i) + i32(threadIdx.x));
    part_ptr[((v__1 * 131i) + i32(threadIdx.x))] = sv[i32(threadIdx.x)];
    part_ptr[(((v__1 * 131i) + i32(threadIdx.x)) + 64i)] = bitcast<f32>(si[i32(threadIdx.x)]);
  }
  if (i32(threadIdx.x) == 0i) {
    part_ptr[((v__1 * 131i) + 128i)] = m[0i];
    part_ptr[((v__1 * 131i) + 129i)] = red[0i];
    part_ptr[((v__1 * 131i) + 130i)] = red[256i];
  }
}


