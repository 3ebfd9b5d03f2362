// Function: attention_merge_kernel
//----------------------------------------
// Function: attention_merge_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read_write> O_ptr : array<f32>;
@group(0) @binding(1) var<storage, read> Part_ptr : array<f32>;
@group(0) @binding(2) var<storage, read> Stats_ptr : array<f32>;

struct PODArgs {
  hd: i32,
  hq: i32,
  splits: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn attention_merge_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var st : array<f32, 2>;
  var acc : array<f32, 1>;
  st[0i] = -3.000000e+38f;
  let cse_v2 : i32 = (v__1 * podArgs.splits);
  let cse_v3 : i32 = (i32(threadIdx.x) * 2i);
  let cse_v6 : i32 = ((podArgs.splits + 63i)>>6u);
  let cse_v7 : i32 = ((v__1 * podArgs.splits) * 2i);
  for (var s0 : i32 = 0i; s0 < ((podArgs.splits + 63i)>>6u); s0++) {
    if (((s0 * 64i) + i32(threadIdx.x)) < podArgs.splits) {
      st[0i] = max(st[0i], Stats_ptr[(((s0 * 128i) + ((v__1 * podArgs.splits) * 2i)) + (i32(threadIdx.x) * 2i))]);
    }
  }
  red[i32(threadIdx.x)] = st[0i];
  workgroupBarrier();
  let cse_v4 : i32 = (i32(threadIdx.x) * 8i);
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
  st[0i] = red[0i];
  workgroupBarrier();
  st[1i] = 0.000000e+00f;
  for (var s0_1 : i32 = 0i; s0_1 < ((podArgs.splits + 63i)>>6u); s0_1++) {
    if (((s0_1 * 64i) + i32(threadIdx.x)) < podArgs.splits) {
      let cse_v15 : i32 = (((s0_1 * 128i) + ((v__1 * podArgs.splits) * 2i)) + (i32(threadIdx.x) * 2i));
      st[1i] = fma(Stats_ptr[((((s0_1 * 128i) + ((v__1 * podArgs.splits) * 2i)) + (i32(threadIdx.x) * 2i)) + 1i)], exp((Stats_ptr[(((s0_1 * 128i) + ((v__1 * podArgs.splits) * 2i)) + (i32(threadIdx.x) * 2i))] - st[0i])), st[1i]);
    }
  }
  red[i32(threadIdx.x)] = st[1i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 8i) {
    red[(i32(threadIdx.x) * 8i)] = (((((((red[(i32(threadIdx.x) * 8i)] + red[((i32(threadIdx.x) * 8i) + 1i)]) + red[((i32(threadIdx.x) * 8i) + 2i)]) + red[((i32(threadIdx.x) * 8i) + 3i)]) + red[((i32(threadIdx.x) * 8i) + 4i)]) + red[((i32(threadIdx.x) * 8i) + 5i)]) + red[((i32(threadIdx.x) * 8i) + 6i)]) + red[((i32(threadIdx.x) * 8i) + 7i)]);
  }
  workgroupBarrier();
  if (i32(threadIdx.x) == 0i) {
    red[0i] = (((((((red[0i] + red[8i]) + red[16i]) + red[24i]) + red[32i]) + red[40i]) + red[48i]) + red[56i]);
  }
  workgroupBarrier();
  for (var d0 : i32 = 0i; d0 < 4i; d0++) {
    let cse_v5 : i32 = (d0 * 64i);
    if (((d0 * 64i) + i32(threadIdx.x)) < podArgs.hd) {
      acc[0i] = 0.000000e+00f;
      for (var s : i32 = 0i; s < podArgs.splits; s++) {
        acc[0i] = fma(Part_ptr[(((d0 * 64i) + (((v__1 * podArgs.splits) + s) * podArgs.hd)) + i32(threadIdx.x))], exp((Stats_ptr[((s * 2i) + ((v__1 * podArgs.splits) * 2i))] - st[0i])), acc[0i]);
      }
      O_ptr[(((d0 * 64i) + (v__1 * podArgs.hd)) + i32(threadIdx.x))] = (acc[0i] / red[0i]);
    }
  }
}


