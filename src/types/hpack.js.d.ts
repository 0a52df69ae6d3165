// The part of hpack.js (HPACK, RFC 7541) that regd uses.
declare module 'hpack.js' {
  namespace hpack {
    interface HeaderField {
      name: string;
      value: string;
      neverIndex?: boolean;
    }
    interface TableOptions {
      table: { size: number };
    }
    /** Decodes header blocks; keeps the dynamic table across blocks. Throws on malformed input. */
    interface Decompressor {
      write(block: Buffer): void;
      execute(): void;
      read(): HeaderField | null;
    }
    /** Encodes header lists into blocks; keeps the dynamic table across blocks. */
    interface Compressor {
      write(fields: HeaderField[]): void;
      read(): Buffer | null;
    }
  }
  const hpack: {
    compressor: { create(options: hpack.TableOptions): hpack.Compressor };
    decompressor: { create(options: hpack.TableOptions): hpack.Decompressor };
  };
  export = hpack;
}
