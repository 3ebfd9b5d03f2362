// Function: ggml_embed_bf16_kernel
//----------------------------------------
// Function: ggml_embed_bf16_kernel
//----------------------------------------
@group(0) @binding(0) var<storage, read> W_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> ids_ptr : array<i32>;
@group(0) @binding(2) var<storage, read_write> out_ptr : array<f32>;

struct PODArgs {
  d: i32,
  m: i32,
  n: i32,
  nw: i32,
  row0: i32,
  scale: f32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

@compute @workgroup_size(64, 1, 1)
fn ggml_embed_bf16_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var c : array<i32, 1>;
  var r : array<i32, 1>;
  var words : array<u32, 16>;
  var vals : array<f32, 32>;
  var last : array<i32, 1>;
  var i : array<i32, 1>;
  var shift : array<u32, 1>;
  var mask : array<u32, 1>;
  var lo : array<u32, 1>;
  var hi : array<u32, 1>;
  var bits : array<u32, 1>;
  c[0i] = ((i32(blockIdx.y) * 64i) + i32(threadIdx.x));
  r[0i] = (ids_ptr[v__1] - podArgs.row0);
  if ((((c[0i] * 32i) < podArgs.d) && (0i <= r[0i])) && (r[0i] < podArgs.m)) {
    last[0i] = (podArgs.nw - 1i);
    i[0i] = (((c[0i] * 64i) + ((r[0i] * podArgs.d) * 2i))>>2u);
    shift[0i] = u32(((((c[0i] * 64i) + ((r[0i] * podArgs.d) * 2i)) & 2i)<<3u));
    mask[0i] = (0u - u32(((((c[0i] * 64i) + ((r[0i] * podArgs.d) * 2i)) & 2i)>>1u)));
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
    lo[0i] = W_ptr[min((i[0i] + 4i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 5i), last[0i])];
    words[4i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 5i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 6i), last[0i])];
    words[5i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 6i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 7i), last[0i])];
    words[6i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 7i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 8i), last[0i])];
    words[7i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 8i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 9i), last[0i])];
    words[8i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 9i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 10i), last[0i])];
    words[9i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 10i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 11i), last[0i])];
    words[10i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 11i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 12i), last[0i])];
    words[11i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 12i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 13i), last[0i])];
    words[12i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 13i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 14i), last[0i])];
    words[13i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 14i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 15i), last[0i])];
    words[14i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    lo[0i] = W_ptr[min((i[0i] + 15i), last[0i])];
    hi[0i] = W_ptr[min((i[0i] + 16i), last[0i])];
    words[15i] = ((lo[0i]>>shift[0i]) | ((hi[0i]<<16u) & mask[0i]));
    bits[0i] = (words[0i]<<16u);
    vals[0i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32(((c[0i] * 32i) < podArgs.d)))));
    bits[0i] = (words[0i] & 4294901760u);
    vals[1i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 1i) < podArgs.d)))));
    bits[0i] = (words[1i]<<16u);
    vals[2i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 2i) < podArgs.d)))));
    bits[0i] = (words[1i] & 4294901760u);
    vals[3i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 3i) < podArgs.d)))));
    bits[0i] = (words[2i]<<16u);
    vals[4i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 4i) < podArgs.d)))));
    bits[0i] = (words[2i] & 4294901760u);
    vals[5i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 5i) < podArgs.d)))));
    bits[0i] = (words[3i]<<16u);
    vals[6i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 6i) < podArgs.d)))));
    bits[0i] = (words[3i] & 4294901760u);
    vals[7i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 7i) < podArgs.d)))));
    bits[0i] = (words[4i]<<16u);
    vals[8i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 8i) < podArgs.d)))));
    bits[0i] = (words[4i] & 4294901760u);
    vals[9i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 9i) < podArgs.d)))));
    bits[0i] = (words[5i]<<16u);
    vals[10i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 10i) < podArgs.d)))));
    bits[0i] = (words[5i] & 4294901760u);
    vals[11i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 11i) < podArgs.d)))));
    bits[0i] = (words[6i]<<16u);
    vals[12i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 12i) < podArgs.d)))));
    bits[0i] = (words[6i] & 4294901760u);
    vals[13i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 13i) < podArgs.d)))));
    bits[0i] = (words[7i]<<16u);
    vals[14i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 14i) < podArgs.d)))));
    bits[0i] = (words[7i] & 4294901760u);
    vals[15i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 15i) < podArgs.d)))));
    bits[0i] = (words[8i]<<16u);
    vals[16i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 16i) < podArgs.d)))));
    bits[0i] = (words[8i] & 4294901760u);
    vals[17i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 17i) < podArgs.d)))));
    bits[0i] = (words[9i]<<16u);
    vals[18i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 18i) < podArgs.d)))));
    bits[0i] = (words[9i] & 4294901760u);
    vals[19i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 19i) < podArgs.d)))));
    bits[0i] = (words[10i]<<16u);
    vals[20i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 20i) < podArgs.d)))));
    bits[0i] = (words[10i] & 4294901760u);
    vals[21i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 21i) < podArgs.d)))));
    bits[0i] = (words[11i]<<16u);
    vals[22i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 22i) < podArgs.d)))));
    bits[0i] = (words[11i] & 4294901760u);
    vals[23i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 23i) < podArgs.d)))));
    bits[0i] = (words[12i]<<16u);
    vals[24i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 24i) < podArgs.d)))));
    bits[0i] = (words[12i] & 4294901760u);
    vals[25i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 25i) < podArgs.d)))));
    bits[0i] = (words[13i]<<16u);
    vals[26i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 26i) < podArgs.d)))));
    bits[0i] = (words[13i] & 4294901760u);
    vals[27i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 27i) < podArgs.d)))));
    bits[0i] = (words[14i]<<16u);
    vals[28i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 28i) < podArgs.d)))));
    bits[0i] = (words[14i] & 4294901760u);
    vals[29i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 29i) < podArgs.d)))));
    bits[0i] = (words[15i]<<16u);
    vals[30i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 30i) < podArgs.d)))));
    bits[0i] = (words[15i] & 4294901760u);
    vals[31i] = bitcast<f32>((bitcast<u32>(bitcast<f32>(bits[0i])) & (0u - u32((((c[0i] * 32i) + 31i) < podArgs.d)))));
    let cse_v1 : i32 = (v__1 * podArgs.d);
    if (podArgs.scale == 1.000000e+00f) {
      if ((c[0i] * 32i) < podArgs.d) {
        out_ptr[((c[0i] * 32i) + (v__1 * podArgs.d))] = vals[0i];
      }
      if (((c[0i] * 32i) + 1i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 1i)] = vals[1i];
      }
      if (((c[0i] * 32i) + 2i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 2i)] = vals[2i];
      }
      if (((c[0i] * 32i) + 3i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 3i)] = vals[3i];
      }
      if (((c[0i] * 32i) + 4i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 4i)] = vals[4i];
      }
      if (((c[0i] * 32i) + 5i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 5i)] = vals[5i];
      }
      if (((c[0i] * 32i) + 6i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 6i)] = vals[6i];
      }
      if (((c[0i] * 32i) + 7i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 7i)] = vals[7i];
      }
      if (((c[0i] * 32i) + 8i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 8i)] = vals[8i];
      }
      if (((c[0i] * 32i) + 9i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 9i)] = vals[9i];
      }
      if (((c[0i] * 32i) + 10i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 10i)] = vals[10i];
      }
      if (((c[0i] * 32i) + 11i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 11i)] = vals[11i];
      }
      if (((c[0i] * 32i) + 12i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 12i)] = vals[12i];
      }
      if (((c[0i] * 32i) + 13i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 13i)] = vals[13i];
      }
      if (((c[0i] * 32i) + 14i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 14i)] = vals[14i];
      }
      if (((c[0i] * 32i) + 15i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 15i)] = vals[15i];
      }
      if (((c[0i] * 32i) + 16i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 16i)] = vals[16i];
      }
      if (((c[0i] * 32i) + 17i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 17i)] = vals[17i];
      }
      if (((c[0i] * 32i) + 18i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 18i)] = vals[18i];
      }
      if (((c[0i] * 32i) + 19i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 19i)] = vals[19i];
      }
      if (((c[0i] * 32i) + 20i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 20i)] = vals[20i];
      }
      if (((c[0i] * 32i) + 21i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 21i)] = vals[21i];
      }
      if (((c[0i] * 32i) + 22i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 22i)] = vals[22i];
      }
      if (((c[0i] * 32i) + 23i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 23i)] = vals[23i];
      }
      if (((c[0i] * 32i) + 24i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 24i)] = vals[24i];
      }
      if (((c[0i] * 32i) + 25i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 25i)] = vals[25i];
      }
      if (((c[0i] * 32i) + 26i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 26i)] = vals[26i];
      }
      if (((c[0i] * 32i) + 27i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 27i)] = vals[27i];
      }
      if (((c[0i] * 32i) + 28i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 28i)] = vals[28i];
      }
      if (((c[0i] * 32i) + 29i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 29i)] = vals[29i];
      }
      if (((c[0i] * 32i) + 30i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 30i)] = vals[30i];
      }
      if (((c[0i] * 32i) + 31i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 31i)] = vals[31i];
      }
    } else {
      if ((c[0i] * 32i) < podArgs.d) {
        out_ptr[((c[0i] * 32i) + (v__1 * podArgs.d))] = (vals[0i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 1i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 1i)] = (vals[1i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 2i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 2i)] = (vals[2i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 3i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 3i)] = (vals[3i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 4i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 4i)] = (vals[4i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 5i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 5i)] = (vals[5i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 6i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 6i)] = (vals[6i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 7i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 7i)] = (vals[7i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 8i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 8i)] = (vals[8i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 9i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 9i)] = (vals[9i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 10i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 10i)] = (vals[10i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 11i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 11i)] = (vals[11i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 12i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 12i)] = (vals[12i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 13i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 13i)] = (vals[13i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 14i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 14i)] = (vals[14i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 15i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 15i)] = (vals[15i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 16i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 16i)] = (vals[16i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 17i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 17i)] = (vals[17i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 18i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 18i)] = (vals[18i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 19i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 19i)] = (vals[19i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 20i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 20i)] = (vals[20i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 21i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 21i)] = (vals[21i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 22i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 22i)] = (vals[22i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 23i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 23i)] = (vals[23i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 24i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 24i)] = (vals[24i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 25i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 25i)] = (vals[25i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 26i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 26i)] = (vals[26i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 27i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 27i)] = (vals[27i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 28i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 28i)] = (vals[28i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 29i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 29i)] = (vals[29i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 30i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 30i)] = (vals[30i] * podArgs.scale);
      }
      if (((c[0i] * 32i) + 31i) < podArgs.d) {
        out_ptr[(((c[0i] * 32i) + (v__1 * podArgs.d)) + 31i)] = (vals[31i] * podArgs.scale);
      }
    }
  }
}


