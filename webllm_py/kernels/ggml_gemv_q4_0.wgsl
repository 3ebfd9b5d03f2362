// Function: ggml_gemv_q4_0_kernel
//----------------------------------------
// Function: ggml_gemv_q4_0_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  k: i32,
  m: i32,
  nw: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 128>;
@compute @workgroup_size(32, 4, 1)
fn ggml_gemv_q4_0_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var words : array<u32, 4>;
  var vals : array<f32, 32>;
  var part : array<f32, 4>;
  var base : array<i32, 1>;
  var c : array<i32, 1>;
  var off : array<i32, 1>;
  var hd : array<u32, 1>;
  var d : array<f32, 1>;
  var last : array<i32, 1>;
  var i : array<i32, 1>;
  var shift : array<u32, 1>;
  var mask : array<u32, 1>;
  var lo : array<u32, 1>;
  var hi : array<u32, 1>;
  var s : array<i32, 1>;
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    base[0i] = ((r[0i] * (podArgs.k>>5u)) * 18i);
    for (var c0 : i32 = 0i; c0 < ((podArgs.k + 1023i)>>10u); c0++) {
      c[0i] = ((c0 * 32i) + i32(threadIdx.x));
      if ((c[0i] * 32i) < podArgs.k) {
        off[0i] = ((c[0i] * 18i) + base[0i]);
        hd[0i] = ((W_ptr[(off[0i]>>2u)]>>u32(((off[0i] & 2i)<<3u))) & 65535u);
        d[0i] = bitcast<f32>((((hd[0i] & 32768u)<<16u) | ((bitcast<u32>((bitcast<f32>((((hd[0i] & 32767u)<<13u) | 947912704u)) - bitcast<f32>(947912704u))) & (0u - u32((((hd[0i] & 32767u)>>10u) < 1u)))) | (((((hd[0i] & 32767u)<<13u) + 939524096u) + (u32((1u <= ((hd[0i] & 32767u) / 31744u))) * 939524096u)) & (~(0u - u32((((hd[0i] & 32767u)>>10u) < 1u))))))));
        last[0i] = (podArgs.nw - 1i);
        i[0i] = ((off[0i] + 2i)>>2u);
        shift[0i] = u32((((off[0i] + 2i) & 2i)<<3u));
        mask[0i] = (0u - u32((((off[0i] + 2i) & 2i)>>1u)));
        lo[0i] = W_ptr[min(i[0i], last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 1i), last[0i])];
        words[0i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 1i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 2i), last[0i])];
        words[1i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 2i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 3i), last[0i])];
        words[2i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        lo[0i] = W_ptr[min((i[0i] + 3i), last[0i])];
        hi[0i] = W_ptr[min((i[0i] + 4i), last[0i])];
        words[3i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
        vals[0i] = ((bitcast<f32>(((((words[0i]>>0u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[16i] = ((bitcast<f32>(((((words[0i]>>0u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[1i] = ((bitcast<f32>(((((words[0i]>>8u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[17i] = ((bitcast<f32>(((((words[0i]>>8u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[2i] = ((bitcast<f32>(((((words[0i]>>16u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[18i] = ((bitcast<f32>(((((words[0i]>>16u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[3i] = ((bitcast<f32>(((((words[0i]>>24u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[19i] = ((bitcast<f32>(((((words[0i]>>24u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[4i] = ((bitcast<f32>(((((words[1i]>>0u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[20i] = ((bitcast<f32>(((((words[1i]>>0u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[5i] = ((bitcast<f32>(((((words[1i]>>8u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[21i] = ((bitcast<f32>(((((words[1i]>>8u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[6i] = ((bitcast<f32>(((((words[1i]>>16u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[22i] = ((bitcast<f32>(((((words[1i]>>16u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[7i] = ((bitcast<f32>(((((words[1i]>>24u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[23i] = ((bitcast<f32>(((((words[1i]>>24u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[8i] = ((bitcast<f32>(((((words[2i]>>0u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[24i] = ((bitcast<f32>(((((words[2i]>>0u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[9i] = ((bitcast<f32>(((((words[2i]>>8u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[25i] = ((bitcast<f32>(((((words[2i]>>8u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[10i] = ((bitcast<f32>(((((words[2i]>>16u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[26i] = ((bitcast<f32>(((((words[2i]>>16u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[11i] = ((bitcast<f32>(((((words[2i]>>24u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[27i] = ((bitcast<f32>(((((words[2i]>>24u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[12i] = ((bitcast<f32>(((((words[3i]>>0u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[28i] = ((bitcast<f32>(((((words[3i]>>0u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[13i] = ((bitcast<f32>(((((words[3i]>>8u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[29i] = ((bitcast<f32>(((((words[3i]>>8u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[14i] = ((bitcast<f32>(((((words[3i]>>16u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[30i] = ((bitcast<f32>(((((words[3i]>>16u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[15i] = ((bitcast<f32>(((((words[3i]>>24u) & 255u) & 15u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        vals[31i] = ((bitcast<f32>(((((words[3i]>>24u) & 255u)>>4u) | 1258291200u)) - 8.388616e+06f) * d[0i]);
        part[0i] = 0.000000e+00f;
        let cse_v1 : i32 = (podArgs.k - 1i);
        let cse_v2 : i32 = (podArgs.row * podArgs.k);
        part[0i] = fma(vals[0i], X_ptr[(min((c[0i] * 32i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[1i], X_ptr[(min(((c[0i] * 32i) + 1i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[2i], X_ptr[(min(((c[0i] * 32i) + 2i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[3i], X_ptr[(min(((c[0i] * 32i) + 3i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[4i], X_ptr[(min(((c[0i] * 32i) + 4i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[5i], X_ptr[(min(((c[0i] * 32i) + 5i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[6i], X_ptr[(min(((c[0i] * 32i) + 6i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[0i] = fma(vals[7i], X_ptr[(min(((c[0i] * 32i) + 7i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma(vals[8i], X_ptr[(min(((c[0i] * 32i) + 8i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[9i], X_ptr[(min(((c[0i] * 32i) + 9i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[10i], X_ptr[(min(((c[0i] * 32i) + 10i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[11i], X_ptr[(min(((c[0i] * 32i) + 11i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[12i], X_ptr[(min(((c[0i] * 32i) + 12i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[13i], X_ptr[(min(((c[0i] * 32i) + 13i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[14i], X_ptr[(min(((c[0i] * 32i) + 14i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[1i] = fma(vals[15i], X_ptr[(min(((c[0i] * 32i) + 15i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma(vals[16i], X_ptr[(min(((c[0i] * 32i) + 16i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[17i], X_ptr[(min(((c[0i] * 32i) + 17i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[18i], X_ptr[(min(((c[0i] * 32i) + 18i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[19i], X_ptr[(min(((c[0i] * 32i) + 19i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[20i], X_ptr[(min(((c[0i] * 32i) + 20i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[21i], X_ptr[(min(((c[0i] * 32i) + 21i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[22i], X_ptr[(min(((c[0i] * 32i) + 22i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[2i] = fma(vals[23i], X_ptr[(min(((c[0i] * 32i) + 23i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma(vals[24i], X_ptr[(min(((c[0i] * 32i) + 24i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[25i], X_ptr[(min(((c[0i] * 32i) + 25i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[26i], X_ptr[(min(((c[0i] * 32i) + 26i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[27i], X_ptr[(min(((c[0i] * 32i) + 27i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[28i], X_ptr[(min(((c[0i] * 32i) + 28i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[29i], X_ptr[(min(((c[0i] * 32i) + 29i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[30i], X_ptr[(min(((c[0i] * 32i) + 30i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        part[3i] = fma(vals[31i], X_ptr[(min(((c[0i] * 32i) + 31i), (podArgs.k - 1i)) + (podArgs.row * podArgs.k))], part[3i]);
        acc[0i] = (acc[0i] + ((part[0i] + part[1i]) + (part[2i] + part[3i])));
      }
    }
  }
  let cse_v3 : i32 = (i32(threadIdx.y) * 32i);
  let cse_v4 : i32 = ((i32(threadIdx.y) * 32i) + i32(threadIdx.x));
  red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  s[0i] = 16i;
  if (i32(threadIdx.x) < s[0i]) {
    red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = (red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] + red[(((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) + s[0i])]);
  }
  workgroupBarrier();
  s[0i] = 8i;
  if (i32(threadIdx.x) < s[0i]) {
    red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = (red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] + red[(((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) + s[0i])]);
  }
  workgroupBarrier();
  s[0i] = 4i;
  if (i32(threadIdx.x) < s[0i]) {
    red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = (red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] + red[(((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) + s[0i])]);
  }
  workgroupBarrier();
  s[0i] = 2i;
  if (i32(threadIdx.x) < s[0i]) {
    red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = (red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] + red[(((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) + s[0i])]);
  }
  workgroupBarrier();
  s[0i] = 1i;
  if (i32(threadIdx.x) < s[0i]) {
    red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = (red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] + red[(((i32(threadIdx.y) * 32i) + i32(threadIdx.x)) + s[0i])]);
  }
  workgroupBarrier();
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = red[(i32(threadIdx.y) * 32i)];
  }
}


