/**
 * The real R2 binding, counting gets, the body bytes read through it and bodies cancelled by their
 * reader; reads fail past `failAfter` bytes.
 */
export function countingBucket(bucket: R2Bucket, failAfter = Infinity) {
  const counts = { gets: 0, bytes: 0, cancelled: 0 };
  const wrapped = new Proxy(bucket, {
    get(target, name) {
      if (name !== "get") {
        const value = Reflect.get(target, name);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return async (key: string, options?: R2GetOptions) => {
        counts.gets++;
        const object = await target.get(key, options);
        if (!object) return object;
        const meter = new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            counts.bytes += chunk.byteLength;
            if (counts.bytes > failAfter) throw new Error("R2: injected read failure");
            controller.enqueue(chunk);
          },
          cancel() {
            counts.cancelled++;
          },
        });
        // The archive reads only the body of what `get` returns.
        return { key: object.key, size: object.size, body: object.body.pipeThrough(meter) } as unknown as R2ObjectBody;
      };
    },
  });
  return { bucket: wrapped, counts };
}
