// Function: top_candidates_merge_kernel
//----------------------------------------
// Function: top_candidates_merge_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> out_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> part_ptr : array<f32>;

struct PODArgs {
  groups: i32,
  merged: i32,
  temperature: f32,
  packGridDimX: u32
}
@group(0) @binding(2) var<uniform> podArgs : PODArgs;

var<workgroup> sv : array<f32, 1024>;
var<workgroup> si : array<i32, 1024>;
@compute @workgroup_size(256, 1, 1)
fn top_candidates_merge_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var q : array<i32, 1>;
  var src : array<i32, 1>;
  var pv : array<f32, 4>;
  var pi : array<i32, 4>;
  var outputs : array<i32, 1>;
  var q_1 : array<i32, 1>;
  var a : array<i32, 1>;
  var i : array<i32, 1>;
  var i_1 : array<i32, 1>;
  var later_first : array<bool, 1>;
  var st : array<f32, 4>;
  var src_1 : array<i32, 1>;
  q[0i] = i32(threadIdx.x);
  let cse_v1 : i32 = (v__1 * 16i);
  src[0i] = ((v__1 * 16i) + (q[0i]>>6u));
  if (src[0i] < podArgs.groups) {
    sv[q[0i]] = part_ptr[((src[0i] * 131i) + (q[0i] & 63i))];
    si[q[0i]] = bitcast<i32>(part_ptr[(((src[0i] * 131i) + (q[0i] & 63i)) + 64i)]);
  } else {
    sv[q[0i]] = -3.402823e+38f;
    si[q[0i]] = 2147483647i;
  }
  let cse_v2 : i32 = (i32(threadIdx.x) + 256i);
  q[0i] = (i32(threadIdx.x) + 256i);
  src[0i] = ((v__1 * 16i) + (q[0i]>>6u));
  if (src[0i] < podArgs.groups) {
    sv[q[0i]] = part_ptr[((src[0i] * 131i) + (q[0i] & 63i))];
    si[q[0i]] = bitcast<i32>(part_ptr[(((src[0i] * 131i) + (q[0i] & 63i)) + 64i)]);
  } else {
    sv[q[0i]] = -3.402823e+38f;
    si[q[0i]] = 2147483647i;
  }
  q[0i] = (i32(threadIdx.x) + 512i);
  src[0i] = ((v__1 * 16i) + (q[0i]>>6u));
  if (src[0i] < podArgs.groups) {
    sv[q[0i]] = part_ptr[((src[0i] * 131i) + (q[0i] & 63i))];
    si[q[0i]] = bitcast<i32>(part_ptr[(((src[0i] * 131i) + (q[0i] & 63i)) + 64i)]);
  } else {
    sv[q[0i]] = -3.402823e+38f;
    si[q[0i]] = 2147483647i;
  }
  q[0i] = (i32(threadIdx.x) + 768i);
  src[0i] = ((v__1 * 16i) + (q[0i]>>6u));
  if (src[0i] < podArgs.groups) {
    sv[q[0i]] = part_ptr[((src[0i] * 131i) + (q[0i] & 63i))];
    si[q[0i]] = bitcast<i32>(part_ptr[(((src[0i] * 131i) + (q[0i] & 63i)) + 64i)]);
  } else {
    sv[q[0i]] = -3.402823e+38f;
    si[q[0i]] = 2147483647i;
  }
  workgroupBarrier();
  for (var level : i32 = 0i; level < 4i; level++) {
    outputs[0i] = (512i>>u32(level));
    q_1[0i] = i32(threadIdx.x);
    a[0i] = (((q_1[0i]>>6u) * 128i) + (q_1[0i] & 63i));
    q_1[0i] = ((((q_1[0i]>>6u) * 128i) + 127i) - (q_1[0i] & 63i));
    pv[0i] = sv[a[0i]];
    pi[0i] = si[a[0i]];
    pv[2i] = sv[q_1[0i]];
    pi[2i] = si[q_1[0i]];
    q_1[0i] = (i32(threadIdx.x) + 256i);
    a[0i] = (((q_1[0i]>>6u) * 128i) + (q_1[0i] & 63i));
    q_1[0i] = ((((q_1[0i]>>6u) * 128i) + 127i) - (q_1[0i] & 63i));
    pv[1i] = sv[a[0i]];
    pi[1i] = si[a[0i]];
    pv[3i] = sv[q_1[0i]];
    pi[3i] = si[q_1[0i]];
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
      let cse_v3 : i32 = (5i - step);
      let cse_v4 : i32 = (32i>>u32(step));
      let cse_v6 : i32 = ((32i>>u32(step)) - 1i);
      let cse_v8 : i32 = ((((i32(threadIdx.x)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + (i32(threadIdx.x) & ((32i>>u32(step)) - 1i)));
      i[0i] = ((((i32(threadIdx.x)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + (i32(threadIdx.x) & ((32i>>u32(step)) - 1i)));
      pv[0i] = sv[i[0i]];
      pi[0i] = si[i[0i]];
      pv[1i] = sv[(i[0i] + (32i>>u32(step)))];
      pi[1i] = si[(i[0i] + (32i>>u32(step)))];
      let cse_v9 : i32 = (((((i32(threadIdx.x) + 256i)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + ((i32(threadIdx.x) + 256i) & ((32i>>u32(step)) - 1i)));
      i[0i] = (((((i32(threadIdx.x) + 256i)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + ((i32(threadIdx.x) + 256i) & ((32i>>u32(step)) - 1i)));
      pv[2i] = sv[i[0i]];
      pi[2i] = si[i[0i]];
      pv[3i] = sv[(i[0i] + (32i>>u32(step)))];
      pi[3i] = si[(i[0i] + (32i>>u32(step)))];
      workgroupBarrier();
      i_1[0i] = ((((i32(threadIdx.x)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + (i32(threadIdx.x) & ((32i>>u32(step)) - 1i)));
      later_first[0i] = bool(((pv[0i] < pv[1i]) || ((pv[1i] == pv[0i]) && (pi[1i] < pi[0i]))));
      if ((i32(threadIdx.x) < (outputs[0i]>>1u)) && (bool(later_first[0i]) == bool(1))) {
        sv[i_1[0i]] = pv[1i];
        si[i_1[0i]] = pi[1i];
        sv[(i_1[0i] + (32i>>u32(step)))] = pv[0i];
        si[(i_1[0i] + (32i>>u32(step)))] = pi[0i];
      }
      i_1[0i] = (((((i32(threadIdx.x) + 256i)>>u32((5i - step))) * (32i>>u32(step))) * 2i) + ((i32(threadIdx.x) + 256i) & ((32i>>u32(step)) - 1i)));
      later_first[0i] = bool(((pv[2i] < pv[3i]) || ((pv[3i] == pv[2i]) && (pi[3i] < pi[2i]))));
      if (((i32(threadIdx.x) + 256i) < (outputs[0i]>>1u)) && (bool(later_first[0i]) == bool(1))) {
        sv[i_1[0i]] = pv[3i];
        si[i_1[0i]] = pi[3i];
        sv[(i_1[0i] + (32i>>u32(step)))] = pv[2i];
        si[(i_1[0i] + (32i>>u32(step)))] = pi[2i];
      }
      workgroupBarrier();
    }
  }
  st[0i] = -3.402823e+38f;
  st[1i] = 0.000000e+00f;
  st[2i] = 0.000000e+00f;
  for (var f : i32 = 0i; f < 16i; f++) {
    src_1[0i] = ((v__1 * 16i) + f);
    if (src_1[0i] < podArgs.groups) {
      st[3i] = max(st[0i], part_ptr[((src_1[0i] * 131i) + 128i)]);
      st[1i] = fma(part_ptr[((src_1[0i] * 131i) + 129i)], exp(((part_ptr[((src_1[0i] * 131i) + 128i)] - st[3i]) / podArgs.temperature)), (st[1i] * exp(((st[0i] - st[3i]) / podArgs.temperature))));
      st[2i] = fma(part_ptr[((src_1[0i] * 131i) + 130i)], exp((part_ptr[((src_1[0i] * 131i) + 128i)] - st[3i])), (st[2i] * exp((st[0i] - st[3i]))));
      st[0i] = st[3i];
    }
  }
  let cse_v5 : i32 = (v__1 * 131i);
  if (i32(threadIdx.x) < 64i) {
    let cse_v7 : i32 = ((v__1 * 131i) + i32(threadIdx.x));
    out_ptr[((v__1 * 131i) + i32(threadIdx.x))] = sv[i32(threadIdx.x)];
    out_ptr[(((v__1 * 131i) + i32(threadIdx.x)) + 64i)] = bitcast<f32>(si[i32(threadIdx.x)]);
  }
  if (i32(threadIdx.x) == 0i) {
    out_ptr[((v__1 * 131i) + 128i)] = st[0i];
    out_ptr[((v__1 * 131i) + 129i)] = st[1i];
    out_ptr[((v__1 * 131i) + 130i)] = st[2i];
  }
}


