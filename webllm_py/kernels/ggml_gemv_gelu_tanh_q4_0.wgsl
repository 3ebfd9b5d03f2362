// Function: ggml_gemv_gelu_tanh_q4_0_kernel
//----------------------------------------
// Function: ggml_gemv_gelu_tanh_q4_0_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> X_ptr : array<f32>;
@group(0) @binding(2) var<storage, read_write> Y_ptr : array<f32>;

struct PODArgs {
  col0: i32,
  kx: i32,
  m: i32,
  nw: i32,
  row: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> red : array<f32, 128>;
@compute @workgroup_size(32, 4, 1)
fn ggml_gemv_gelu_tanh_q4_0_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var k : array<i32, 1>;
  var r : array<i32, 1>;
  var acc : array<f32, 1>;
  var words : array<u32, 4>;
  var vals : array<f32, 32>;
  var xt : array<f32, 32>;
  var ut : array<f32, 32>;
  var tmp : array<f32, 1>;
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
  var total : array<f32, 1>;
  k[0i] = (podArgs.kx>>1u);
  r[0i] = ((v__1 * 4i) + i32(threadIdx.y));
  acc[0i] = 0.000000e+00f;
  if (r[0i] < podArgs.m) {
    base[0i] = ((r[0i] * (k[0i]>>5u)) * 18i);
    for (var c0 : i32 = 0i; c0 < ((k[0i] + 1023i)>>10u); c0++) {
      c[0i] = ((c0 * 32i) + i32(threadIdx.x));
      if ((c[0i] * 32i) < k[0i]) {
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
        for (var e : i32 = 0i; e < 32i; e++) {
          let cse_v1 : i32 = (podArgs.row * podArgs.kx);
          xt[e] = X_ptr[(min(((c[0i] * 32i) + e), (k[0i] - 1i)) + (podArgs.row * podArgs.kx))];
          ut[e] = X_ptr[((min(((c[0i] * 32i) + e), (k[0i] - 1i)) + (podArgs.row * podArgs.kx)) + k[0i])];
          tmp[0i] = (7.978846e-01f * fma(((4.471500e-02f * xt[e]) * xt[e]), xt[e], xt[e]));
          var condval : f32;
          if ((tmp[0i] < 0.000000e+00f)) {
            var condval_1 : f32;
            if ((abs(tmp[0i]) < 5.500000e-01f)) {
              condval_1 = fma((abs(tmp[0i]) * (abs(tmp[0i]) * abs(tmp[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(tmp[0i]) * abs(tmp[0i])), 2.133962e-02f), (abs(tmp[0i]) * abs(tmp[0i])), -5.391572e-02f), (abs(tmp[0i]) * abs(tmp[0i])), 1.333316e-01f), (abs(tmp[0i]) * abs(tmp[0i])), -3.333333e-01f), abs(tmp[0i]));
} else {
              condval_1 = ((1.000000e+00f - exp((-2.000000e+00f * abs(tmp[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(tmp[0i])))));
}
            condval = (condval_1 * -1.000000e+00f);
} else {
            var condval_2 : f32;
            if ((abs(tmp[0i]) < 5.500000e-01f)) {
              condval_2 = fma((abs(tmp[0i]) * (abs(tmp[0i]) * abs(tmp[0i]))), fma(fma(fma(fma(-6.657240e-03f, (abs(tmp[0i]) * abs(tmp[0i])), 2.133962e-02f), (abs(tmp[0i]) * abs(tmp[0i])), -5.391572e-02f), (abs(tmp[0i]) * abs(tmp[0i])), 1.333316e-01f), (abs(tmp[0i]) * abs(tmp[0i])), -3.333333e-01f), abs(tmp[0i]));
} else {
              condval_2 = ((1.000000e+00f - exp((-2.000000e+00f * abs(tmp[0i])))) / (1.000000e+00f + exp((-2.000000e+00f * abs(tmp[0i])))));
}
            condval = condval_2;
}
          tmp[0i] = condval;
          xt[e] = ((5.000000e-01f * xt[e]) * (1.000000e+00f + tmp[0i]));
          xt[e] = (xt[e] * ut[e]);
        }
        part[0i] = 0.000000e+00f;
        part[0i] = fma(vals[0i], xt[0i], part[0i]);
        part[0i] = fma(vals[1i], xt[1i], part[0i]);
        part[0i] = fma(vals[2i], xt[2i], part[0i]);
        part[0i] = fma(vals[3i], xt[3i], part[0i]);
        part[0i] = fma(vals[4i], xt[4i], part[0i]);
        part[0i] = fma(vals[5i], xt[5i], part[0i]);
        part[0i] = fma(vals[6i], xt[6i], part[0i]);
        part[0i] = fma(vals[7i], xt[7i], part[0i]);
        part[1i] = 0.000000e+00f;
        part[1i] = fma(vals[8i], xt[8i], part[1i]);
        part[1i] = fma(vals[9i], xt[9i], part[1i]);
        part[1i] = fma(vals[10i], xt[10i], part[1i]);
        part[1i] = fma(vals[11i], xt[11i], part[1i]);
        part[1i] = fma(vals[12i], xt[12i], part[1i]);
        part[1i] = fma(vals[13i], xt[13i], part[1i]);
        part[1i] = fma(vals[14i], xt[14i], part[1i]);
        part[1i] = fma(vals[15i], xt[15i], part[1i]);
        part[2i] = 0.000000e+00f;
        part[2i] = fma(vals[16i], xt[16i], part[2i]);
        part[2i] = fma(vals[17i], xt[17i], part[2i]);
        part[2i] = fma(vals[18i], xt[18i], part[2i]);
        part[2i] = fma(vals[19i], xt[19i], part[2i]);
        part[2i] = fma(vals[20i], xt[20i], part[2i]);
        part[2i] = fma(vals[21i], xt[21i], part[2i]);
        part[2i] = fma(vals[22i], xt[22i], part[2i]);
        part[2i] = fma(vals[23i], xt[23i], part[2i]);
        part[3i] = 0.000000e+00f;
        part[3i] = fma(vals[24i], xt[24i], part[3i]);
        part[3i] = fma(vals[25i], xt[25i], part[3i]);
        part[3i] = fma(vals[26i], xt[26i], part[3i]);
        part[3i] = fma(vals[27i], xt[27i], part[3i]);
        part[3i] = fma(vals[28i], xt[28i], part[3i]);
        part[3i] = fma(vals[29i], xt[29i], part[3i]);
        part[3i] = fma(vals[30i], xt[30i], part[3i]);
        part[3i] = fma(vals[31i], xt[31i], part[3i]);
        acc[0i] = (acc[0i] + ((part[0i] + part[1i]) + (part[2i] + part[3i])));
      }
    }
  }
  let cse_v2 : i32 = (i32(threadIdx.y) * 32i);
  red[((i32(threadIdx.y) * 32i) + i32(threadIdx.x))] = acc[0i];
  workgroupBarrier();
  if (i32(threadIdx.x) < 4i) {
    let cse_v3 : i32 = ((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i));
    red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] = (((((((red[((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i))] + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 1i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 2i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 3i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 4i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 5i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 6i)]) + red[(((i32(threadIdx.y) * 32i) + (i32(threadIdx.x) * 8i)) + 7i)]);
  }
  workgroupBarrier();
  total[0i] = (((red[(i32(threadIdx.y) * 32i)] + red[((i32(threadIdx.y) * 32i) + 8i)]) + red[((i32(threadIdx.y) * 32i) + 16i)]) + red[((i32(threadIdx.y) * 32i) + 24i)]);
  if ((i32(threadIdx.x) == 0i) && (r[0i] < podArgs.m)) {
    Y_ptr[(podArgs.col0 + r[0i])] = total[0i];
  }
}


