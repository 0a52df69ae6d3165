import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace etcdserverpb. */
export namespace etcdserverpb {

    /** Properties of a ResponseHeader. */
    interface IResponseHeader {

        /** ResponseHeader clusterId */
        clusterId?: (number|Long|null);

        /** ResponseHeader memberId */
        memberId?: (number|Long|null);

        /** ResponseHeader revision */
        revision?: (number|Long|null);

        /** ResponseHeader raftTerm */
        raftTerm?: (number|Long|null);
    }

    /** Represents a ResponseHeader. */
    class ResponseHeader implements IResponseHeader {

        /**
         * Constructs a new ResponseHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IResponseHeader);

        /** ResponseHeader clusterId. */
        public clusterId: (number|Long);

        /** ResponseHeader memberId. */
        public memberId: (number|Long);

        /** ResponseHeader revision. */
        public revision: (number|Long);

        /** ResponseHeader raftTerm. */
        public raftTerm: (number|Long);

        /**
         * Creates a new ResponseHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResponseHeader instance
         */
        public static create(properties?: etcdserverpb.IResponseHeader): etcdserverpb.ResponseHeader;

        /**
         * Encodes the specified ResponseHeader message. Does not implicitly {@link etcdserverpb.ResponseHeader.verify|verify} messages.
         * @param message ResponseHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IResponseHeader, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ResponseHeader message, length delimited. Does not implicitly {@link etcdserverpb.ResponseHeader.verify|verify} messages.
         * @param message ResponseHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IResponseHeader, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResponseHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResponseHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.ResponseHeader;

        /**
         * Decodes a ResponseHeader message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ResponseHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.ResponseHeader;

        /**
         * Verifies a ResponseHeader message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ResponseHeader message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResponseHeader
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.ResponseHeader;

        /**
         * Creates a plain object from a ResponseHeader message. Also converts values to other types if specified.
         * @param message ResponseHeader
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.ResponseHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResponseHeader to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ResponseHeader
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** AlarmType enum. */
    enum AlarmType {
        NONE = 0,
        NOSPACE = 1,
        CORRUPT = 2
    }

    /** Properties of a RangeRequest. */
    interface IRangeRequest {

        /** RangeRequest key */
        key?: (Uint8Array|null);

        /** RangeRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);

        /** RangeRequest limit */
        limit?: (number|Long|null);

        /** RangeRequest revision */
        revision?: (number|Long|null);

        /** RangeRequest sortOrder */
        sortOrder?: (etcdserverpb.RangeRequest.SortOrder|null);

        /** RangeRequest sortTarget */
        sortTarget?: (etcdserverpb.RangeRequest.SortTarget|null);

        /** RangeRequest serializable */
        serializable?: (boolean|null);

        /** RangeRequest keysOnly */
        keysOnly?: (boolean|null);

        /** RangeRequest countOnly */
        countOnly?: (boolean|null);

        /** RangeRequest minModRevision */
        minModRevision?: (number|Long|null);

        /** RangeRequest maxModRevision */
        maxModRevision?: (number|Long|null);

        /** RangeRequest minCreateRevision */
        minCreateRevision?: (number|Long|null);

        /** RangeRequest maxCreateRevision */
        maxCreateRevision?: (number|Long|null);
    }

    /** Represents a RangeRequest. */
    class RangeRequest implements IRangeRequest {

        /**
         * Constructs a new RangeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IRangeRequest);

        /** RangeRequest key. */
        public key: Uint8Array;

        /** RangeRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /** RangeRequest limit. */
        public limit: (number|Long);

        /** RangeRequest revision. */
        public revision: (number|Long);

        /** RangeRequest sortOrder. */
        public sortOrder: etcdserverpb.RangeRequest.SortOrder;

        /** RangeRequest sortTarget. */
        public sortTarget: etcdserverpb.RangeRequest.SortTarget;

        /** RangeRequest serializable. */
        public serializable: boolean;

        /** RangeRequest keysOnly. */
        public keysOnly: boolean;

        /** RangeRequest countOnly. */
        public countOnly: boolean;

        /** RangeRequest minModRevision. */
        public minModRevision: (number|Long);

        /** RangeRequest maxModRevision. */
        public maxModRevision: (number|Long);

        /** RangeRequest minCreateRevision. */
        public minCreateRevision: (number|Long);

        /** RangeRequest maxCreateRevision. */
        public maxCreateRevision: (number|Long);

        /**
         * Creates a new RangeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RangeRequest instance
         */
        public static create(properties?: etcdserverpb.IRangeRequest): etcdserverpb.RangeRequest;

        /**
         * Encodes the specified RangeRequest message. Does not implicitly {@link etcdserverpb.RangeRequest.verify|verify} messages.
         * @param message RangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IRangeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RangeRequest message, length delimited. Does not implicitly {@link etcdserverpb.RangeRequest.verify|verify} messages.
         * @param message RangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IRangeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RangeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.RangeRequest;

        /**
         * Decodes a RangeRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns RangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.RangeRequest;

        /**
         * Verifies a RangeRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RangeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RangeRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.RangeRequest;

        /**
         * Creates a plain object from a RangeRequest message. Also converts values to other types if specified.
         * @param message RangeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.RangeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RangeRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for RangeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace RangeRequest {

        /** SortOrder enum. */
        enum SortOrder {
            NONE = 0,
            ASCEND = 1,
            DESCEND = 2
        }

        /** SortTarget enum. */
        enum SortTarget {
            KEY = 0,
            VERSION = 1,
            CREATE = 2,
            MOD = 3,
            VALUE = 4
        }
    }

    /** Properties of a RangeResponse. */
    interface IRangeResponse {

        /** RangeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** RangeResponse kvs */
        kvs?: (mvccpb.IKeyValue[]|null);

        /** RangeResponse more */
        more?: (boolean|null);

        /** RangeResponse count */
        count?: (number|Long|null);
    }

    /** Represents a RangeResponse. */
    class RangeResponse implements IRangeResponse {

        /**
         * Constructs a new RangeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IRangeResponse);

        /** RangeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** RangeResponse kvs. */
        public kvs: mvccpb.IKeyValue[];

        /** RangeResponse more. */
        public more: boolean;

        /** RangeResponse count. */
        public count: (number|Long);

        /**
         * Creates a new RangeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RangeResponse instance
         */
        public static create(properties?: etcdserverpb.IRangeResponse): etcdserverpb.RangeResponse;

        /**
         * Encodes the specified RangeResponse message. Does not implicitly {@link etcdserverpb.RangeResponse.verify|verify} messages.
         * @param message RangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IRangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RangeResponse message, length delimited. Does not implicitly {@link etcdserverpb.RangeResponse.verify|verify} messages.
         * @param message RangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IRangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RangeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.RangeResponse;

        /**
         * Decodes a RangeResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns RangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.RangeResponse;

        /**
         * Verifies a RangeResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RangeResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RangeResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.RangeResponse;

        /**
         * Creates a plain object from a RangeResponse message. Also converts values to other types if specified.
         * @param message RangeResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.RangeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RangeResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for RangeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a PutRequest. */
    interface IPutRequest {

        /** PutRequest key */
        key?: (Uint8Array|null);

        /** PutRequest value */
        value?: (Uint8Array|null);

        /** PutRequest lease */
        lease?: (number|Long|null);

        /** PutRequest prevKv */
        prevKv?: (boolean|null);

        /** PutRequest ignoreValue */
        ignoreValue?: (boolean|null);

        /** PutRequest ignoreLease */
        ignoreLease?: (boolean|null);
    }

    /** Represents a PutRequest. */
    class PutRequest implements IPutRequest {

        /**
         * Constructs a new PutRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IPutRequest);

        /** PutRequest key. */
        public key: Uint8Array;

        /** PutRequest value. */
        public value: Uint8Array;

        /** PutRequest lease. */
        public lease: (number|Long);

        /** PutRequest prevKv. */
        public prevKv: boolean;

        /** PutRequest ignoreValue. */
        public ignoreValue: boolean;

        /** PutRequest ignoreLease. */
        public ignoreLease: boolean;

        /**
         * Creates a new PutRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PutRequest instance
         */
        public static create(properties?: etcdserverpb.IPutRequest): etcdserverpb.PutRequest;

        /**
         * Encodes the specified PutRequest message. Does not implicitly {@link etcdserverpb.PutRequest.verify|verify} messages.
         * @param message PutRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IPutRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PutRequest message, length delimited. Does not implicitly {@link etcdserverpb.PutRequest.verify|verify} messages.
         * @param message PutRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IPutRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PutRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.PutRequest;

        /**
         * Decodes a PutRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns PutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.PutRequest;

        /**
         * Verifies a PutRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PutRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PutRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.PutRequest;

        /**
         * Creates a plain object from a PutRequest message. Also converts values to other types if specified.
         * @param message PutRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.PutRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PutRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for PutRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a PutResponse. */
    interface IPutResponse {

        /** PutResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** PutResponse prevKv */
        prevKv?: (mvccpb.IKeyValue|null);
    }

    /** Represents a PutResponse. */
    class PutResponse implements IPutResponse {

        /**
         * Constructs a new PutResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IPutResponse);

        /** PutResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** PutResponse prevKv. */
        public prevKv?: (mvccpb.IKeyValue|null);

        /**
         * Creates a new PutResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PutResponse instance
         */
        public static create(properties?: etcdserverpb.IPutResponse): etcdserverpb.PutResponse;

        /**
         * Encodes the specified PutResponse message. Does not implicitly {@link etcdserverpb.PutResponse.verify|verify} messages.
         * @param message PutResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IPutResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PutResponse message, length delimited. Does not implicitly {@link etcdserverpb.PutResponse.verify|verify} messages.
         * @param message PutResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IPutResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PutResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.PutResponse;

        /**
         * Decodes a PutResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns PutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.PutResponse;

        /**
         * Verifies a PutResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a PutResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PutResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.PutResponse;

        /**
         * Creates a plain object from a PutResponse message. Also converts values to other types if specified.
         * @param message PutResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.PutResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PutResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for PutResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DeleteRangeRequest. */
    interface IDeleteRangeRequest {

        /** DeleteRangeRequest key */
        key?: (Uint8Array|null);

        /** DeleteRangeRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);

        /** DeleteRangeRequest prevKv */
        prevKv?: (boolean|null);
    }

    /** Represents a DeleteRangeRequest. */
    class DeleteRangeRequest implements IDeleteRangeRequest {

        /**
         * Constructs a new DeleteRangeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDeleteRangeRequest);

        /** DeleteRangeRequest key. */
        public key: Uint8Array;

        /** DeleteRangeRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /** DeleteRangeRequest prevKv. */
        public prevKv: boolean;

        /**
         * Creates a new DeleteRangeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeleteRangeRequest instance
         */
        public static create(properties?: etcdserverpb.IDeleteRangeRequest): etcdserverpb.DeleteRangeRequest;

        /**
         * Encodes the specified DeleteRangeRequest message. Does not implicitly {@link etcdserverpb.DeleteRangeRequest.verify|verify} messages.
         * @param message DeleteRangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDeleteRangeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DeleteRangeRequest message, length delimited. Does not implicitly {@link etcdserverpb.DeleteRangeRequest.verify|verify} messages.
         * @param message DeleteRangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDeleteRangeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeleteRangeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DeleteRangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DeleteRangeRequest;

        /**
         * Decodes a DeleteRangeRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DeleteRangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DeleteRangeRequest;

        /**
         * Verifies a DeleteRangeRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DeleteRangeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DeleteRangeRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DeleteRangeRequest;

        /**
         * Creates a plain object from a DeleteRangeRequest message. Also converts values to other types if specified.
         * @param message DeleteRangeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DeleteRangeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DeleteRangeRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DeleteRangeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DeleteRangeResponse. */
    interface IDeleteRangeResponse {

        /** DeleteRangeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** DeleteRangeResponse deleted */
        deleted?: (number|Long|null);

        /** DeleteRangeResponse prevKvs */
        prevKvs?: (mvccpb.IKeyValue[]|null);
    }

    /** Represents a DeleteRangeResponse. */
    class DeleteRangeResponse implements IDeleteRangeResponse {

        /**
         * Constructs a new DeleteRangeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDeleteRangeResponse);

        /** DeleteRangeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** DeleteRangeResponse deleted. */
        public deleted: (number|Long);

        /** DeleteRangeResponse prevKvs. */
        public prevKvs: mvccpb.IKeyValue[];

        /**
         * Creates a new DeleteRangeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeleteRangeResponse instance
         */
        public static create(properties?: etcdserverpb.IDeleteRangeResponse): etcdserverpb.DeleteRangeResponse;

        /**
         * Encodes the specified DeleteRangeResponse message. Does not implicitly {@link etcdserverpb.DeleteRangeResponse.verify|verify} messages.
         * @param message DeleteRangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDeleteRangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DeleteRangeResponse message, length delimited. Does not implicitly {@link etcdserverpb.DeleteRangeResponse.verify|verify} messages.
         * @param message DeleteRangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDeleteRangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeleteRangeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DeleteRangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DeleteRangeResponse;

        /**
         * Decodes a DeleteRangeResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DeleteRangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DeleteRangeResponse;

        /**
         * Verifies a DeleteRangeResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DeleteRangeResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DeleteRangeResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DeleteRangeResponse;

        /**
         * Creates a plain object from a DeleteRangeResponse message. Also converts values to other types if specified.
         * @param message DeleteRangeResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DeleteRangeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DeleteRangeResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DeleteRangeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RequestOp. */
    interface IRequestOp {

        /** RequestOp requestRange */
        requestRange?: (etcdserverpb.IRangeRequest|null);

        /** RequestOp requestPut */
        requestPut?: (etcdserverpb.IPutRequest|null);

        /** RequestOp requestDeleteRange */
        requestDeleteRange?: (etcdserverpb.IDeleteRangeRequest|null);

        /** RequestOp requestTxn */
        requestTxn?: (etcdserverpb.ITxnRequest|null);
    }

    /** Represents a RequestOp. */
    class RequestOp implements IRequestOp {

        /**
         * Constructs a new RequestOp.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IRequestOp);

        /** RequestOp requestRange. */
        public requestRange?: (etcdserverpb.IRangeRequest|null);

        /** RequestOp requestPut. */
        public requestPut?: (etcdserverpb.IPutRequest|null);

        /** RequestOp requestDeleteRange. */
        public requestDeleteRange?: (etcdserverpb.IDeleteRangeRequest|null);

        /** RequestOp requestTxn. */
        public requestTxn?: (etcdserverpb.ITxnRequest|null);

        /** RequestOp request. */
        public request?: ("requestRange"|"requestPut"|"requestDeleteRange"|"requestTxn");

        /**
         * Creates a new RequestOp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestOp instance
         */
        public static create(properties?: etcdserverpb.IRequestOp): etcdserverpb.RequestOp;

        /**
         * Encodes the specified RequestOp message. Does not implicitly {@link etcdserverpb.RequestOp.verify|verify} messages.
         * @param message RequestOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IRequestOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RequestOp message, length delimited. Does not implicitly {@link etcdserverpb.RequestOp.verify|verify} messages.
         * @param message RequestOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IRequestOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestOp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RequestOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.RequestOp;

        /**
         * Decodes a RequestOp message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns RequestOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.RequestOp;

        /**
         * Verifies a RequestOp message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RequestOp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RequestOp
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.RequestOp;

        /**
         * Creates a plain object from a RequestOp message. Also converts values to other types if specified.
         * @param message RequestOp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.RequestOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RequestOp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for RequestOp
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ResponseOp. */
    interface IResponseOp {

        /** ResponseOp responseRange */
        responseRange?: (etcdserverpb.IRangeResponse|null);

        /** ResponseOp responsePut */
        responsePut?: (etcdserverpb.IPutResponse|null);

        /** ResponseOp responseDeleteRange */
        responseDeleteRange?: (etcdserverpb.IDeleteRangeResponse|null);

        /** ResponseOp responseTxn */
        responseTxn?: (etcdserverpb.ITxnResponse|null);
    }

    /** Represents a ResponseOp. */
    class ResponseOp implements IResponseOp {

        /**
         * Constructs a new ResponseOp.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IResponseOp);

        /** ResponseOp responseRange. */
        public responseRange?: (etcdserverpb.IRangeResponse|null);

        /** ResponseOp responsePut. */
        public responsePut?: (etcdserverpb.IPutResponse|null);

        /** ResponseOp responseDeleteRange. */
        public responseDeleteRange?: (etcdserverpb.IDeleteRangeResponse|null);

        /** ResponseOp responseTxn. */
        public responseTxn?: (etcdserverpb.ITxnResponse|null);

        /** ResponseOp response. */
        public response?: ("responseRange"|"responsePut"|"responseDeleteRange"|"responseTxn");

        /**
         * Creates a new ResponseOp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResponseOp instance
         */
        public static create(properties?: etcdserverpb.IResponseOp): etcdserverpb.ResponseOp;

        /**
         * Encodes the specified ResponseOp message. Does not implicitly {@link etcdserverpb.ResponseOp.verify|verify} messages.
         * @param message ResponseOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IResponseOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ResponseOp message, length delimited. Does not implicitly {@link etcdserverpb.ResponseOp.verify|verify} messages.
         * @param message ResponseOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IResponseOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResponseOp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResponseOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.ResponseOp;

        /**
         * Decodes a ResponseOp message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ResponseOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.ResponseOp;

        /**
         * Verifies a ResponseOp message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ResponseOp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResponseOp
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.ResponseOp;

        /**
         * Creates a plain object from a ResponseOp message. Also converts values to other types if specified.
         * @param message ResponseOp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.ResponseOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResponseOp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ResponseOp
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Compare. */
    interface ICompare {

        /** Compare result */
        result?: (etcdserverpb.Compare.CompareResult|null);

        /** Compare target */
        target?: (etcdserverpb.Compare.CompareTarget|null);

        /** Compare key */
        key?: (Uint8Array|null);

        /** Compare version */
        version?: (number|Long|null);

        /** Compare createRevision */
        createRevision?: (number|Long|null);

        /** Compare modRevision */
        modRevision?: (number|Long|null);

        /** Compare value */
        value?: (Uint8Array|null);

        /** Compare lease */
        lease?: (number|Long|null);

        /** Compare rangeEnd */
        rangeEnd?: (Uint8Array|null);
    }

    /** Represents a Compare. */
    class Compare implements ICompare {

        /**
         * Constructs a new Compare.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ICompare);

        /** Compare result. */
        public result: etcdserverpb.Compare.CompareResult;

        /** Compare target. */
        public target: etcdserverpb.Compare.CompareTarget;

        /** Compare key. */
        public key: Uint8Array;

        /** Compare version. */
        public version?: (number|Long|null);

        /** Compare createRevision. */
        public createRevision?: (number|Long|null);

        /** Compare modRevision. */
        public modRevision?: (number|Long|null);

        /** Compare value. */
        public value?: (Uint8Array|null);

        /** Compare lease. */
        public lease?: (number|Long|null);

        /** Compare rangeEnd. */
        public rangeEnd: Uint8Array;

        /** Compare targetUnion. */
        public targetUnion?: ("version"|"createRevision"|"modRevision"|"value"|"lease");

        /**
         * Creates a new Compare instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Compare instance
         */
        public static create(properties?: etcdserverpb.ICompare): etcdserverpb.Compare;

        /**
         * Encodes the specified Compare message. Does not implicitly {@link etcdserverpb.Compare.verify|verify} messages.
         * @param message Compare message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ICompare, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Compare message, length delimited. Does not implicitly {@link etcdserverpb.Compare.verify|verify} messages.
         * @param message Compare message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ICompare, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Compare message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Compare
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.Compare;

        /**
         * Decodes a Compare message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Compare
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.Compare;

        /**
         * Verifies a Compare message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Compare message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Compare
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.Compare;

        /**
         * Creates a plain object from a Compare message. Also converts values to other types if specified.
         * @param message Compare
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.Compare, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Compare to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Compare
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Compare {

        /** CompareResult enum. */
        enum CompareResult {
            EQUAL = 0,
            GREATER = 1,
            LESS = 2,
            NOT_EQUAL = 3
        }

        /** CompareTarget enum. */
        enum CompareTarget {
            VERSION = 0,
            CREATE = 1,
            MOD = 2,
            VALUE = 3,
            LEASE = 4
        }
    }

    /** Properties of a TxnRequest. */
    interface ITxnRequest {

        /** TxnRequest compare */
        compare?: (etcdserverpb.ICompare[]|null);

        /** TxnRequest success */
        success?: (etcdserverpb.IRequestOp[]|null);

        /** TxnRequest failure */
        failure?: (etcdserverpb.IRequestOp[]|null);
    }

    /** Represents a TxnRequest. */
    class TxnRequest implements ITxnRequest {

        /**
         * Constructs a new TxnRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ITxnRequest);

        /** TxnRequest compare. */
        public compare: etcdserverpb.ICompare[];

        /** TxnRequest success. */
        public success: etcdserverpb.IRequestOp[];

        /** TxnRequest failure. */
        public failure: etcdserverpb.IRequestOp[];

        /**
         * Creates a new TxnRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxnRequest instance
         */
        public static create(properties?: etcdserverpb.ITxnRequest): etcdserverpb.TxnRequest;

        /**
         * Encodes the specified TxnRequest message. Does not implicitly {@link etcdserverpb.TxnRequest.verify|verify} messages.
         * @param message TxnRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ITxnRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TxnRequest message, length delimited. Does not implicitly {@link etcdserverpb.TxnRequest.verify|verify} messages.
         * @param message TxnRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ITxnRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxnRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TxnRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.TxnRequest;

        /**
         * Decodes a TxnRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns TxnRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.TxnRequest;

        /**
         * Verifies a TxnRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TxnRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TxnRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.TxnRequest;

        /**
         * Creates a plain object from a TxnRequest message. Also converts values to other types if specified.
         * @param message TxnRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.TxnRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TxnRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for TxnRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a TxnResponse. */
    interface ITxnResponse {

        /** TxnResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** TxnResponse succeeded */
        succeeded?: (boolean|null);

        /** TxnResponse responses */
        responses?: (etcdserverpb.IResponseOp[]|null);
    }

    /** Represents a TxnResponse. */
    class TxnResponse implements ITxnResponse {

        /**
         * Constructs a new TxnResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ITxnResponse);

        /** TxnResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** TxnResponse succeeded. */
        public succeeded: boolean;

        /** TxnResponse responses. */
        public responses: etcdserverpb.IResponseOp[];

        /**
         * Creates a new TxnResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxnResponse instance
         */
        public static create(properties?: etcdserverpb.ITxnResponse): etcdserverpb.TxnResponse;

        /**
         * Encodes the specified TxnResponse message. Does not implicitly {@link etcdserverpb.TxnResponse.verify|verify} messages.
         * @param message TxnResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ITxnResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TxnResponse message, length delimited. Does not implicitly {@link etcdserverpb.TxnResponse.verify|verify} messages.
         * @param message TxnResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ITxnResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxnResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TxnResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.TxnResponse;

        /**
         * Decodes a TxnResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns TxnResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.TxnResponse;

        /**
         * Verifies a TxnResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TxnResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TxnResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.TxnResponse;

        /**
         * Creates a plain object from a TxnResponse message. Also converts values to other types if specified.
         * @param message TxnResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.TxnResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TxnResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for TxnResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CompactionRequest. */
    interface ICompactionRequest {

        /** CompactionRequest revision */
        revision?: (number|Long|null);

        /** CompactionRequest physical */
        physical?: (boolean|null);
    }

    /** Represents a CompactionRequest. */
    class CompactionRequest implements ICompactionRequest {

        /**
         * Constructs a new CompactionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ICompactionRequest);

        /** CompactionRequest revision. */
        public revision: (number|Long);

        /** CompactionRequest physical. */
        public physical: boolean;

        /**
         * Creates a new CompactionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompactionRequest instance
         */
        public static create(properties?: etcdserverpb.ICompactionRequest): etcdserverpb.CompactionRequest;

        /**
         * Encodes the specified CompactionRequest message. Does not implicitly {@link etcdserverpb.CompactionRequest.verify|verify} messages.
         * @param message CompactionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ICompactionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CompactionRequest message, length delimited. Does not implicitly {@link etcdserverpb.CompactionRequest.verify|verify} messages.
         * @param message CompactionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ICompactionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompactionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CompactionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.CompactionRequest;

        /**
         * Decodes a CompactionRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CompactionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.CompactionRequest;

        /**
         * Verifies a CompactionRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CompactionRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CompactionRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.CompactionRequest;

        /**
         * Creates a plain object from a CompactionRequest message. Also converts values to other types if specified.
         * @param message CompactionRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.CompactionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CompactionRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CompactionRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CompactionResponse. */
    interface ICompactionResponse {

        /** CompactionResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a CompactionResponse. */
    class CompactionResponse implements ICompactionResponse {

        /**
         * Constructs a new CompactionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ICompactionResponse);

        /** CompactionResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new CompactionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompactionResponse instance
         */
        public static create(properties?: etcdserverpb.ICompactionResponse): etcdserverpb.CompactionResponse;

        /**
         * Encodes the specified CompactionResponse message. Does not implicitly {@link etcdserverpb.CompactionResponse.verify|verify} messages.
         * @param message CompactionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ICompactionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CompactionResponse message, length delimited. Does not implicitly {@link etcdserverpb.CompactionResponse.verify|verify} messages.
         * @param message CompactionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ICompactionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompactionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CompactionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.CompactionResponse;

        /**
         * Decodes a CompactionResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CompactionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.CompactionResponse;

        /**
         * Verifies a CompactionResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CompactionResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CompactionResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.CompactionResponse;

        /**
         * Creates a plain object from a CompactionResponse message. Also converts values to other types if specified.
         * @param message CompactionResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.CompactionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CompactionResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CompactionResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchRequest. */
    interface IWatchRequest {

        /** WatchRequest createRequest */
        createRequest?: (etcdserverpb.IWatchCreateRequest|null);

        /** WatchRequest cancelRequest */
        cancelRequest?: (etcdserverpb.IWatchCancelRequest|null);

        /** WatchRequest progressRequest */
        progressRequest?: (etcdserverpb.IWatchProgressRequest|null);
    }

    /** Represents a WatchRequest. */
    class WatchRequest implements IWatchRequest {

        /**
         * Constructs a new WatchRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchRequest);

        /** WatchRequest createRequest. */
        public createRequest?: (etcdserverpb.IWatchCreateRequest|null);

        /** WatchRequest cancelRequest. */
        public cancelRequest?: (etcdserverpb.IWatchCancelRequest|null);

        /** WatchRequest progressRequest. */
        public progressRequest?: (etcdserverpb.IWatchProgressRequest|null);

        /** WatchRequest requestUnion. */
        public requestUnion?: ("createRequest"|"cancelRequest"|"progressRequest");

        /**
         * Creates a new WatchRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchRequest): etcdserverpb.WatchRequest;

        /**
         * Encodes the specified WatchRequest message. Does not implicitly {@link etcdserverpb.WatchRequest.verify|verify} messages.
         * @param message WatchRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link etcdserverpb.WatchRequest.verify|verify} messages.
         * @param message WatchRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IWatchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchRequest;

        /**
         * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.WatchRequest;

        /**
         * Verifies a WatchRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WatchRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WatchRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.WatchRequest;

        /**
         * Creates a plain object from a WatchRequest message. Also converts values to other types if specified.
         * @param message WatchRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.WatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WatchRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WatchRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchCreateRequest. */
    interface IWatchCreateRequest {

        /** WatchCreateRequest key */
        key?: (Uint8Array|null);

        /** WatchCreateRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);

        /** WatchCreateRequest startRevision */
        startRevision?: (number|Long|null);

        /** WatchCreateRequest progressNotify */
        progressNotify?: (boolean|null);

        /** WatchCreateRequest filters */
        filters?: (etcdserverpb.WatchCreateRequest.FilterType[]|null);

        /** WatchCreateRequest prevKv */
        prevKv?: (boolean|null);

        /** WatchCreateRequest watchId */
        watchId?: (number|Long|null);

        /** WatchCreateRequest fragment */
        fragment?: (boolean|null);
    }

    /** Represents a WatchCreateRequest. */
    class WatchCreateRequest implements IWatchCreateRequest {

        /**
         * Constructs a new WatchCreateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchCreateRequest);

        /** WatchCreateRequest key. */
        public key: Uint8Array;

        /** WatchCreateRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /** WatchCreateRequest startRevision. */
        public startRevision: (number|Long);

        /** WatchCreateRequest progressNotify. */
        public progressNotify: boolean;

        /** WatchCreateRequest filters. */
        public filters: etcdserverpb.WatchCreateRequest.FilterType[];

        /** WatchCreateRequest prevKv. */
        public prevKv: boolean;

        /** WatchCreateRequest watchId. */
        public watchId: (number|Long);

        /** WatchCreateRequest fragment. */
        public fragment: boolean;

        /**
         * Creates a new WatchCreateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchCreateRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchCreateRequest): etcdserverpb.WatchCreateRequest;

        /**
         * Encodes the specified WatchCreateRequest message. Does not implicitly {@link etcdserverpb.WatchCreateRequest.verify|verify} messages.
         * @param message WatchCreateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchCreateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WatchCreateRequest message, length delimited. Does not implicitly {@link etcdserverpb.WatchCreateRequest.verify|verify} messages.
         * @param message WatchCreateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IWatchCreateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchCreateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchCreateRequest;

        /**
         * Decodes a WatchCreateRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WatchCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.WatchCreateRequest;

        /**
         * Verifies a WatchCreateRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WatchCreateRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WatchCreateRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.WatchCreateRequest;

        /**
         * Creates a plain object from a WatchCreateRequest message. Also converts values to other types if specified.
         * @param message WatchCreateRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.WatchCreateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WatchCreateRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WatchCreateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace WatchCreateRequest {

        /** FilterType enum. */
        enum FilterType {
            NOPUT = 0,
            NODELETE = 1
        }
    }

    /** Properties of a WatchCancelRequest. */
    interface IWatchCancelRequest {

        /** WatchCancelRequest watchId */
        watchId?: (number|Long|null);
    }

    /** Represents a WatchCancelRequest. */
    class WatchCancelRequest implements IWatchCancelRequest {

        /**
         * Constructs a new WatchCancelRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchCancelRequest);

        /** WatchCancelRequest watchId. */
        public watchId: (number|Long);

        /**
         * Creates a new WatchCancelRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchCancelRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchCancelRequest): etcdserverpb.WatchCancelRequest;

        /**
         * Encodes the specified WatchCancelRequest message. Does not implicitly {@link etcdserverpb.WatchCancelRequest.verify|verify} messages.
         * @param message WatchCancelRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchCancelRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WatchCancelRequest message, length delimited. Does not implicitly {@link etcdserverpb.WatchCancelRequest.verify|verify} messages.
         * @param message WatchCancelRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IWatchCancelRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchCancelRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchCancelRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchCancelRequest;

        /**
         * Decodes a WatchCancelRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WatchCancelRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.WatchCancelRequest;

        /**
         * Verifies a WatchCancelRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WatchCancelRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WatchCancelRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.WatchCancelRequest;

        /**
         * Creates a plain object from a WatchCancelRequest message. Also converts values to other types if specified.
         * @param message WatchCancelRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.WatchCancelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WatchCancelRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WatchCancelRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchProgressRequest. */
    interface IWatchProgressRequest {
    }

    /** Represents a WatchProgressRequest. */
    class WatchProgressRequest implements IWatchProgressRequest {

        /**
         * Constructs a new WatchProgressRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchProgressRequest);

        /**
         * Creates a new WatchProgressRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchProgressRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchProgressRequest): etcdserverpb.WatchProgressRequest;

        /**
         * Encodes the specified WatchProgressRequest message. Does not implicitly {@link etcdserverpb.WatchProgressRequest.verify|verify} messages.
         * @param message WatchProgressRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchProgressRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WatchProgressRequest message, length delimited. Does not implicitly {@link etcdserverpb.WatchProgressRequest.verify|verify} messages.
         * @param message WatchProgressRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IWatchProgressRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchProgressRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchProgressRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchProgressRequest;

        /**
         * Decodes a WatchProgressRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WatchProgressRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.WatchProgressRequest;

        /**
         * Verifies a WatchProgressRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WatchProgressRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WatchProgressRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.WatchProgressRequest;

        /**
         * Creates a plain object from a WatchProgressRequest message. Also converts values to other types if specified.
         * @param message WatchProgressRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.WatchProgressRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WatchProgressRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WatchProgressRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchResponse. */
    interface IWatchResponse {

        /** WatchResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** WatchResponse watchId */
        watchId?: (number|Long|null);

        /** WatchResponse created */
        created?: (boolean|null);

        /** WatchResponse canceled */
        canceled?: (boolean|null);

        /** WatchResponse compactRevision */
        compactRevision?: (number|Long|null);

        /** WatchResponse cancelReason */
        cancelReason?: (string|null);

        /** WatchResponse fragment */
        fragment?: (boolean|null);

        /** WatchResponse events */
        events?: (mvccpb.IEvent[]|null);
    }

    /** Represents a WatchResponse. */
    class WatchResponse implements IWatchResponse {

        /**
         * Constructs a new WatchResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchResponse);

        /** WatchResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** WatchResponse watchId. */
        public watchId: (number|Long);

        /** WatchResponse created. */
        public created: boolean;

        /** WatchResponse canceled. */
        public canceled: boolean;

        /** WatchResponse compactRevision. */
        public compactRevision: (number|Long);

        /** WatchResponse cancelReason. */
        public cancelReason: string;

        /** WatchResponse fragment. */
        public fragment: boolean;

        /** WatchResponse events. */
        public events: mvccpb.IEvent[];

        /**
         * Creates a new WatchResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchResponse instance
         */
        public static create(properties?: etcdserverpb.IWatchResponse): etcdserverpb.WatchResponse;

        /**
         * Encodes the specified WatchResponse message. Does not implicitly {@link etcdserverpb.WatchResponse.verify|verify} messages.
         * @param message WatchResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WatchResponse message, length delimited. Does not implicitly {@link etcdserverpb.WatchResponse.verify|verify} messages.
         * @param message WatchResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IWatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchResponse;

        /**
         * Decodes a WatchResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns WatchResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.WatchResponse;

        /**
         * Verifies a WatchResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a WatchResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WatchResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.WatchResponse;

        /**
         * Creates a plain object from a WatchResponse message. Also converts values to other types if specified.
         * @param message WatchResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.WatchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WatchResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for WatchResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseGrantRequest. */
    interface ILeaseGrantRequest {

        /** LeaseGrantRequest TTL */
        TTL?: (number|Long|null);

        /** LeaseGrantRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseGrantRequest. */
    class LeaseGrantRequest implements ILeaseGrantRequest {

        /**
         * Constructs a new LeaseGrantRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseGrantRequest);

        /** LeaseGrantRequest TTL. */
        public TTL: (number|Long);

        /** LeaseGrantRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseGrantRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseGrantRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseGrantRequest): etcdserverpb.LeaseGrantRequest;

        /**
         * Encodes the specified LeaseGrantRequest message. Does not implicitly {@link etcdserverpb.LeaseGrantRequest.verify|verify} messages.
         * @param message LeaseGrantRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseGrantRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseGrantRequest message, length delimited. Does not implicitly {@link etcdserverpb.LeaseGrantRequest.verify|verify} messages.
         * @param message LeaseGrantRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseGrantRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseGrantRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseGrantRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseGrantRequest;

        /**
         * Decodes a LeaseGrantRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseGrantRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseGrantRequest;

        /**
         * Verifies a LeaseGrantRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseGrantRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseGrantRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseGrantRequest;

        /**
         * Creates a plain object from a LeaseGrantRequest message. Also converts values to other types if specified.
         * @param message LeaseGrantRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseGrantRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseGrantRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseGrantRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseGrantResponse. */
    interface ILeaseGrantResponse {

        /** LeaseGrantResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseGrantResponse ID */
        ID?: (number|Long|null);

        /** LeaseGrantResponse TTL */
        TTL?: (number|Long|null);

        /** LeaseGrantResponse error */
        error?: (string|null);
    }

    /** Represents a LeaseGrantResponse. */
    class LeaseGrantResponse implements ILeaseGrantResponse {

        /**
         * Constructs a new LeaseGrantResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseGrantResponse);

        /** LeaseGrantResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseGrantResponse ID. */
        public ID: (number|Long);

        /** LeaseGrantResponse TTL. */
        public TTL: (number|Long);

        /** LeaseGrantResponse error. */
        public error: string;

        /**
         * Creates a new LeaseGrantResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseGrantResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseGrantResponse): etcdserverpb.LeaseGrantResponse;

        /**
         * Encodes the specified LeaseGrantResponse message. Does not implicitly {@link etcdserverpb.LeaseGrantResponse.verify|verify} messages.
         * @param message LeaseGrantResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseGrantResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseGrantResponse message, length delimited. Does not implicitly {@link etcdserverpb.LeaseGrantResponse.verify|verify} messages.
         * @param message LeaseGrantResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseGrantResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseGrantResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseGrantResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseGrantResponse;

        /**
         * Decodes a LeaseGrantResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseGrantResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseGrantResponse;

        /**
         * Verifies a LeaseGrantResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseGrantResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseGrantResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseGrantResponse;

        /**
         * Creates a plain object from a LeaseGrantResponse message. Also converts values to other types if specified.
         * @param message LeaseGrantResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseGrantResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseGrantResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseGrantResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseRevokeRequest. */
    interface ILeaseRevokeRequest {

        /** LeaseRevokeRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseRevokeRequest. */
    class LeaseRevokeRequest implements ILeaseRevokeRequest {

        /**
         * Constructs a new LeaseRevokeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseRevokeRequest);

        /** LeaseRevokeRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseRevokeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseRevokeRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseRevokeRequest): etcdserverpb.LeaseRevokeRequest;

        /**
         * Encodes the specified LeaseRevokeRequest message. Does not implicitly {@link etcdserverpb.LeaseRevokeRequest.verify|verify} messages.
         * @param message LeaseRevokeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseRevokeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseRevokeRequest message, length delimited. Does not implicitly {@link etcdserverpb.LeaseRevokeRequest.verify|verify} messages.
         * @param message LeaseRevokeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseRevokeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseRevokeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseRevokeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseRevokeRequest;

        /**
         * Decodes a LeaseRevokeRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseRevokeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseRevokeRequest;

        /**
         * Verifies a LeaseRevokeRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseRevokeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseRevokeRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseRevokeRequest;

        /**
         * Creates a plain object from a LeaseRevokeRequest message. Also converts values to other types if specified.
         * @param message LeaseRevokeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseRevokeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseRevokeRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseRevokeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseRevokeResponse. */
    interface ILeaseRevokeResponse {

        /** LeaseRevokeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a LeaseRevokeResponse. */
    class LeaseRevokeResponse implements ILeaseRevokeResponse {

        /**
         * Constructs a new LeaseRevokeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseRevokeResponse);

        /** LeaseRevokeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new LeaseRevokeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseRevokeResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseRevokeResponse): etcdserverpb.LeaseRevokeResponse;

        /**
         * Encodes the specified LeaseRevokeResponse message. Does not implicitly {@link etcdserverpb.LeaseRevokeResponse.verify|verify} messages.
         * @param message LeaseRevokeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseRevokeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseRevokeResponse message, length delimited. Does not implicitly {@link etcdserverpb.LeaseRevokeResponse.verify|verify} messages.
         * @param message LeaseRevokeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseRevokeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseRevokeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseRevokeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseRevokeResponse;

        /**
         * Decodes a LeaseRevokeResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseRevokeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseRevokeResponse;

        /**
         * Verifies a LeaseRevokeResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseRevokeResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseRevokeResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseRevokeResponse;

        /**
         * Creates a plain object from a LeaseRevokeResponse message. Also converts values to other types if specified.
         * @param message LeaseRevokeResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseRevokeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseRevokeResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseRevokeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseCheckpoint. */
    interface ILeaseCheckpoint {

        /** LeaseCheckpoint ID */
        ID?: (number|Long|null);

        /** LeaseCheckpoint remaining_TTL */
        remaining_TTL?: (number|Long|null);
    }

    /** Represents a LeaseCheckpoint. */
    class LeaseCheckpoint implements ILeaseCheckpoint {

        /**
         * Constructs a new LeaseCheckpoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseCheckpoint);

        /** LeaseCheckpoint ID. */
        public ID: (number|Long);

        /** LeaseCheckpoint remaining_TTL. */
        public remaining_TTL: (number|Long);

        /**
         * Creates a new LeaseCheckpoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseCheckpoint instance
         */
        public static create(properties?: etcdserverpb.ILeaseCheckpoint): etcdserverpb.LeaseCheckpoint;

        /**
         * Encodes the specified LeaseCheckpoint message. Does not implicitly {@link etcdserverpb.LeaseCheckpoint.verify|verify} messages.
         * @param message LeaseCheckpoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseCheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseCheckpoint message, length delimited. Does not implicitly {@link etcdserverpb.LeaseCheckpoint.verify|verify} messages.
         * @param message LeaseCheckpoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseCheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseCheckpoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseCheckpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseCheckpoint;

        /**
         * Decodes a LeaseCheckpoint message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseCheckpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseCheckpoint;

        /**
         * Verifies a LeaseCheckpoint message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseCheckpoint message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseCheckpoint
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseCheckpoint;

        /**
         * Creates a plain object from a LeaseCheckpoint message. Also converts values to other types if specified.
         * @param message LeaseCheckpoint
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseCheckpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseCheckpoint to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseCheckpoint
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseCheckpointRequest. */
    interface ILeaseCheckpointRequest {

        /** LeaseCheckpointRequest checkpoints */
        checkpoints?: (etcdserverpb.ILeaseCheckpoint[]|null);
    }

    /** Represents a LeaseCheckpointRequest. */
    class LeaseCheckpointRequest implements ILeaseCheckpointRequest {

        /**
         * Constructs a new LeaseCheckpointRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseCheckpointRequest);

        /** LeaseCheckpointRequest checkpoints. */
        public checkpoints: etcdserverpb.ILeaseCheckpoint[];

        /**
         * Creates a new LeaseCheckpointRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseCheckpointRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseCheckpointRequest): etcdserverpb.LeaseCheckpointRequest;

        /**
         * Encodes the specified LeaseCheckpointRequest message. Does not implicitly {@link etcdserverpb.LeaseCheckpointRequest.verify|verify} messages.
         * @param message LeaseCheckpointRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseCheckpointRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseCheckpointRequest message, length delimited. Does not implicitly {@link etcdserverpb.LeaseCheckpointRequest.verify|verify} messages.
         * @param message LeaseCheckpointRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseCheckpointRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseCheckpointRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseCheckpointRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseCheckpointRequest;

        /**
         * Decodes a LeaseCheckpointRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseCheckpointRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseCheckpointRequest;

        /**
         * Verifies a LeaseCheckpointRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseCheckpointRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseCheckpointRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseCheckpointRequest;

        /**
         * Creates a plain object from a LeaseCheckpointRequest message. Also converts values to other types if specified.
         * @param message LeaseCheckpointRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseCheckpointRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseCheckpointRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseCheckpointRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseCheckpointResponse. */
    interface ILeaseCheckpointResponse {

        /** LeaseCheckpointResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a LeaseCheckpointResponse. */
    class LeaseCheckpointResponse implements ILeaseCheckpointResponse {

        /**
         * Constructs a new LeaseCheckpointResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseCheckpointResponse);

        /** LeaseCheckpointResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new LeaseCheckpointResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseCheckpointResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseCheckpointResponse): etcdserverpb.LeaseCheckpointResponse;

        /**
         * Encodes the specified LeaseCheckpointResponse message. Does not implicitly {@link etcdserverpb.LeaseCheckpointResponse.verify|verify} messages.
         * @param message LeaseCheckpointResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseCheckpointResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseCheckpointResponse message, length delimited. Does not implicitly {@link etcdserverpb.LeaseCheckpointResponse.verify|verify} messages.
         * @param message LeaseCheckpointResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseCheckpointResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseCheckpointResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseCheckpointResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseCheckpointResponse;

        /**
         * Decodes a LeaseCheckpointResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseCheckpointResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseCheckpointResponse;

        /**
         * Verifies a LeaseCheckpointResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseCheckpointResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseCheckpointResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseCheckpointResponse;

        /**
         * Creates a plain object from a LeaseCheckpointResponse message. Also converts values to other types if specified.
         * @param message LeaseCheckpointResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseCheckpointResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseCheckpointResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseCheckpointResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseKeepAliveRequest. */
    interface ILeaseKeepAliveRequest {

        /** LeaseKeepAliveRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseKeepAliveRequest. */
    class LeaseKeepAliveRequest implements ILeaseKeepAliveRequest {

        /**
         * Constructs a new LeaseKeepAliveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseKeepAliveRequest);

        /** LeaseKeepAliveRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseKeepAliveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseKeepAliveRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseKeepAliveRequest): etcdserverpb.LeaseKeepAliveRequest;

        /**
         * Encodes the specified LeaseKeepAliveRequest message. Does not implicitly {@link etcdserverpb.LeaseKeepAliveRequest.verify|verify} messages.
         * @param message LeaseKeepAliveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseKeepAliveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseKeepAliveRequest message, length delimited. Does not implicitly {@link etcdserverpb.LeaseKeepAliveRequest.verify|verify} messages.
         * @param message LeaseKeepAliveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseKeepAliveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseKeepAliveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseKeepAliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseKeepAliveRequest;

        /**
         * Decodes a LeaseKeepAliveRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseKeepAliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseKeepAliveRequest;

        /**
         * Verifies a LeaseKeepAliveRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseKeepAliveRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseKeepAliveRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseKeepAliveRequest;

        /**
         * Creates a plain object from a LeaseKeepAliveRequest message. Also converts values to other types if specified.
         * @param message LeaseKeepAliveRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseKeepAliveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseKeepAliveRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseKeepAliveRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseKeepAliveResponse. */
    interface ILeaseKeepAliveResponse {

        /** LeaseKeepAliveResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseKeepAliveResponse ID */
        ID?: (number|Long|null);

        /** LeaseKeepAliveResponse TTL */
        TTL?: (number|Long|null);
    }

    /** Represents a LeaseKeepAliveResponse. */
    class LeaseKeepAliveResponse implements ILeaseKeepAliveResponse {

        /**
         * Constructs a new LeaseKeepAliveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseKeepAliveResponse);

        /** LeaseKeepAliveResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseKeepAliveResponse ID. */
        public ID: (number|Long);

        /** LeaseKeepAliveResponse TTL. */
        public TTL: (number|Long);

        /**
         * Creates a new LeaseKeepAliveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseKeepAliveResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseKeepAliveResponse): etcdserverpb.LeaseKeepAliveResponse;

        /**
         * Encodes the specified LeaseKeepAliveResponse message. Does not implicitly {@link etcdserverpb.LeaseKeepAliveResponse.verify|verify} messages.
         * @param message LeaseKeepAliveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseKeepAliveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseKeepAliveResponse message, length delimited. Does not implicitly {@link etcdserverpb.LeaseKeepAliveResponse.verify|verify} messages.
         * @param message LeaseKeepAliveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseKeepAliveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseKeepAliveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseKeepAliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseKeepAliveResponse;

        /**
         * Decodes a LeaseKeepAliveResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseKeepAliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseKeepAliveResponse;

        /**
         * Verifies a LeaseKeepAliveResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseKeepAliveResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseKeepAliveResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseKeepAliveResponse;

        /**
         * Creates a plain object from a LeaseKeepAliveResponse message. Also converts values to other types if specified.
         * @param message LeaseKeepAliveResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseKeepAliveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseKeepAliveResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseKeepAliveResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseTimeToLiveRequest. */
    interface ILeaseTimeToLiveRequest {

        /** LeaseTimeToLiveRequest ID */
        ID?: (number|Long|null);

        /** LeaseTimeToLiveRequest keys */
        keys?: (boolean|null);
    }

    /** Represents a LeaseTimeToLiveRequest. */
    class LeaseTimeToLiveRequest implements ILeaseTimeToLiveRequest {

        /**
         * Constructs a new LeaseTimeToLiveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseTimeToLiveRequest);

        /** LeaseTimeToLiveRequest ID. */
        public ID: (number|Long);

        /** LeaseTimeToLiveRequest keys. */
        public keys: boolean;

        /**
         * Creates a new LeaseTimeToLiveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseTimeToLiveRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseTimeToLiveRequest): etcdserverpb.LeaseTimeToLiveRequest;

        /**
         * Encodes the specified LeaseTimeToLiveRequest message. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveRequest.verify|verify} messages.
         * @param message LeaseTimeToLiveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseTimeToLiveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseTimeToLiveRequest message, length delimited. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveRequest.verify|verify} messages.
         * @param message LeaseTimeToLiveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseTimeToLiveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseTimeToLiveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseTimeToLiveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseTimeToLiveRequest;

        /**
         * Decodes a LeaseTimeToLiveRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseTimeToLiveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseTimeToLiveRequest;

        /**
         * Verifies a LeaseTimeToLiveRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseTimeToLiveRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseTimeToLiveRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseTimeToLiveRequest;

        /**
         * Creates a plain object from a LeaseTimeToLiveRequest message. Also converts values to other types if specified.
         * @param message LeaseTimeToLiveRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseTimeToLiveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseTimeToLiveRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseTimeToLiveRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseTimeToLiveResponse. */
    interface ILeaseTimeToLiveResponse {

        /** LeaseTimeToLiveResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseTimeToLiveResponse ID */
        ID?: (number|Long|null);

        /** LeaseTimeToLiveResponse TTL */
        TTL?: (number|Long|null);

        /** LeaseTimeToLiveResponse grantedTTL */
        grantedTTL?: (number|Long|null);

        /** LeaseTimeToLiveResponse keys */
        keys?: (Uint8Array[]|null);
    }

    /** Represents a LeaseTimeToLiveResponse. */
    class LeaseTimeToLiveResponse implements ILeaseTimeToLiveResponse {

        /**
         * Constructs a new LeaseTimeToLiveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseTimeToLiveResponse);

        /** LeaseTimeToLiveResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseTimeToLiveResponse ID. */
        public ID: (number|Long);

        /** LeaseTimeToLiveResponse TTL. */
        public TTL: (number|Long);

        /** LeaseTimeToLiveResponse grantedTTL. */
        public grantedTTL: (number|Long);

        /** LeaseTimeToLiveResponse keys. */
        public keys: Uint8Array[];

        /**
         * Creates a new LeaseTimeToLiveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseTimeToLiveResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseTimeToLiveResponse): etcdserverpb.LeaseTimeToLiveResponse;

        /**
         * Encodes the specified LeaseTimeToLiveResponse message. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveResponse.verify|verify} messages.
         * @param message LeaseTimeToLiveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseTimeToLiveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseTimeToLiveResponse message, length delimited. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveResponse.verify|verify} messages.
         * @param message LeaseTimeToLiveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseTimeToLiveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseTimeToLiveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseTimeToLiveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseTimeToLiveResponse;

        /**
         * Decodes a LeaseTimeToLiveResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseTimeToLiveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseTimeToLiveResponse;

        /**
         * Verifies a LeaseTimeToLiveResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseTimeToLiveResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseTimeToLiveResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseTimeToLiveResponse;

        /**
         * Creates a plain object from a LeaseTimeToLiveResponse message. Also converts values to other types if specified.
         * @param message LeaseTimeToLiveResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseTimeToLiveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseTimeToLiveResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseTimeToLiveResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseLeasesRequest. */
    interface ILeaseLeasesRequest {
    }

    /** Represents a LeaseLeasesRequest. */
    class LeaseLeasesRequest implements ILeaseLeasesRequest {

        /**
         * Constructs a new LeaseLeasesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseLeasesRequest);

        /**
         * Creates a new LeaseLeasesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseLeasesRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseLeasesRequest): etcdserverpb.LeaseLeasesRequest;

        /**
         * Encodes the specified LeaseLeasesRequest message. Does not implicitly {@link etcdserverpb.LeaseLeasesRequest.verify|verify} messages.
         * @param message LeaseLeasesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseLeasesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseLeasesRequest message, length delimited. Does not implicitly {@link etcdserverpb.LeaseLeasesRequest.verify|verify} messages.
         * @param message LeaseLeasesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseLeasesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseLeasesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseLeasesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseLeasesRequest;

        /**
         * Decodes a LeaseLeasesRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseLeasesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseLeasesRequest;

        /**
         * Verifies a LeaseLeasesRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseLeasesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseLeasesRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseLeasesRequest;

        /**
         * Creates a plain object from a LeaseLeasesRequest message. Also converts values to other types if specified.
         * @param message LeaseLeasesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseLeasesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseLeasesRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseLeasesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseStatus. */
    interface ILeaseStatus {

        /** LeaseStatus ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseStatus. */
    class LeaseStatus implements ILeaseStatus {

        /**
         * Constructs a new LeaseStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseStatus);

        /** LeaseStatus ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseStatus instance
         */
        public static create(properties?: etcdserverpb.ILeaseStatus): etcdserverpb.LeaseStatus;

        /**
         * Encodes the specified LeaseStatus message. Does not implicitly {@link etcdserverpb.LeaseStatus.verify|verify} messages.
         * @param message LeaseStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseStatus, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseStatus message, length delimited. Does not implicitly {@link etcdserverpb.LeaseStatus.verify|verify} messages.
         * @param message LeaseStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseStatus, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseStatus;

        /**
         * Decodes a LeaseStatus message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseStatus;

        /**
         * Verifies a LeaseStatus message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseStatus message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseStatus
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseStatus;

        /**
         * Creates a plain object from a LeaseStatus message. Also converts values to other types if specified.
         * @param message LeaseStatus
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseStatus to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseStatus
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseLeasesResponse. */
    interface ILeaseLeasesResponse {

        /** LeaseLeasesResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseLeasesResponse leases */
        leases?: (etcdserverpb.ILeaseStatus[]|null);
    }

    /** Represents a LeaseLeasesResponse. */
    class LeaseLeasesResponse implements ILeaseLeasesResponse {

        /**
         * Constructs a new LeaseLeasesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseLeasesResponse);

        /** LeaseLeasesResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseLeasesResponse leases. */
        public leases: etcdserverpb.ILeaseStatus[];

        /**
         * Creates a new LeaseLeasesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseLeasesResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseLeasesResponse): etcdserverpb.LeaseLeasesResponse;

        /**
         * Encodes the specified LeaseLeasesResponse message. Does not implicitly {@link etcdserverpb.LeaseLeasesResponse.verify|verify} messages.
         * @param message LeaseLeasesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseLeasesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseLeasesResponse message, length delimited. Does not implicitly {@link etcdserverpb.LeaseLeasesResponse.verify|verify} messages.
         * @param message LeaseLeasesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ILeaseLeasesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseLeasesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseLeasesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseLeasesResponse;

        /**
         * Decodes a LeaseLeasesResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaseLeasesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.LeaseLeasesResponse;

        /**
         * Verifies a LeaseLeasesResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaseLeasesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaseLeasesResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.LeaseLeasesResponse;

        /**
         * Creates a plain object from a LeaseLeasesResponse message. Also converts values to other types if specified.
         * @param message LeaseLeasesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.LeaseLeasesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaseLeasesResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaseLeasesResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Member. */
    interface IMember {

        /** Member ID */
        ID?: (number|Long|null);

        /** Member name */
        name?: (string|null);

        /** Member peerURLs */
        peerURLs?: (string[]|null);

        /** Member clientURLs */
        clientURLs?: (string[]|null);

        /** Member isLearner */
        isLearner?: (boolean|null);
    }

    /** Represents a Member. */
    class Member implements IMember {

        /**
         * Constructs a new Member.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMember);

        /** Member ID. */
        public ID: (number|Long);

        /** Member name. */
        public name: string;

        /** Member peerURLs. */
        public peerURLs: string[];

        /** Member clientURLs. */
        public clientURLs: string[];

        /** Member isLearner. */
        public isLearner: boolean;

        /**
         * Creates a new Member instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Member instance
         */
        public static create(properties?: etcdserverpb.IMember): etcdserverpb.Member;

        /**
         * Encodes the specified Member message. Does not implicitly {@link etcdserverpb.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMember, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Member message, length delimited. Does not implicitly {@link etcdserverpb.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMember, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.Member;

        /**
         * Decodes a Member message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.Member;

        /**
         * Verifies a Member message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Member message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Member
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.Member;

        /**
         * Creates a plain object from a Member message. Also converts values to other types if specified.
         * @param message Member
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Member to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Member
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberAddRequest. */
    interface IMemberAddRequest {

        /** MemberAddRequest peerURLs */
        peerURLs?: (string[]|null);

        /** MemberAddRequest isLearner */
        isLearner?: (boolean|null);
    }

    /** Represents a MemberAddRequest. */
    class MemberAddRequest implements IMemberAddRequest {

        /**
         * Constructs a new MemberAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberAddRequest);

        /** MemberAddRequest peerURLs. */
        public peerURLs: string[];

        /** MemberAddRequest isLearner. */
        public isLearner: boolean;

        /**
         * Creates a new MemberAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberAddRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberAddRequest): etcdserverpb.MemberAddRequest;

        /**
         * Encodes the specified MemberAddRequest message. Does not implicitly {@link etcdserverpb.MemberAddRequest.verify|verify} messages.
         * @param message MemberAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberAddRequest message, length delimited. Does not implicitly {@link etcdserverpb.MemberAddRequest.verify|verify} messages.
         * @param message MemberAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberAddRequest;

        /**
         * Decodes a MemberAddRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberAddRequest;

        /**
         * Verifies a MemberAddRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberAddRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberAddRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberAddRequest;

        /**
         * Creates a plain object from a MemberAddRequest message. Also converts values to other types if specified.
         * @param message MemberAddRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberAddRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberAddRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberAddResponse. */
    interface IMemberAddResponse {

        /** MemberAddResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberAddResponse member */
        member?: (etcdserverpb.IMember|null);

        /** MemberAddResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberAddResponse. */
    class MemberAddResponse implements IMemberAddResponse {

        /**
         * Constructs a new MemberAddResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberAddResponse);

        /** MemberAddResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberAddResponse member. */
        public member?: (etcdserverpb.IMember|null);

        /** MemberAddResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberAddResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberAddResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberAddResponse): etcdserverpb.MemberAddResponse;

        /**
         * Encodes the specified MemberAddResponse message. Does not implicitly {@link etcdserverpb.MemberAddResponse.verify|verify} messages.
         * @param message MemberAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberAddResponse message, length delimited. Does not implicitly {@link etcdserverpb.MemberAddResponse.verify|verify} messages.
         * @param message MemberAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberAddResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberAddResponse;

        /**
         * Decodes a MemberAddResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberAddResponse;

        /**
         * Verifies a MemberAddResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberAddResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberAddResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberAddResponse;

        /**
         * Creates a plain object from a MemberAddResponse message. Also converts values to other types if specified.
         * @param message MemberAddResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberAddResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberAddResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberAddResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberRemoveRequest. */
    interface IMemberRemoveRequest {

        /** MemberRemoveRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a MemberRemoveRequest. */
    class MemberRemoveRequest implements IMemberRemoveRequest {

        /**
         * Constructs a new MemberRemoveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberRemoveRequest);

        /** MemberRemoveRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new MemberRemoveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberRemoveRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberRemoveRequest): etcdserverpb.MemberRemoveRequest;

        /**
         * Encodes the specified MemberRemoveRequest message. Does not implicitly {@link etcdserverpb.MemberRemoveRequest.verify|verify} messages.
         * @param message MemberRemoveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberRemoveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberRemoveRequest message, length delimited. Does not implicitly {@link etcdserverpb.MemberRemoveRequest.verify|verify} messages.
         * @param message MemberRemoveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberRemoveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberRemoveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberRemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberRemoveRequest;

        /**
         * Decodes a MemberRemoveRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberRemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberRemoveRequest;

        /**
         * Verifies a MemberRemoveRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberRemoveRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberRemoveRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberRemoveRequest;

        /**
         * Creates a plain object from a MemberRemoveRequest message. Also converts values to other types if specified.
         * @param message MemberRemoveRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberRemoveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberRemoveRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberRemoveRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberRemoveResponse. */
    interface IMemberRemoveResponse {

        /** MemberRemoveResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberRemoveResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberRemoveResponse. */
    class MemberRemoveResponse implements IMemberRemoveResponse {

        /**
         * Constructs a new MemberRemoveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberRemoveResponse);

        /** MemberRemoveResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberRemoveResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberRemoveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberRemoveResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberRemoveResponse): etcdserverpb.MemberRemoveResponse;

        /**
         * Encodes the specified MemberRemoveResponse message. Does not implicitly {@link etcdserverpb.MemberRemoveResponse.verify|verify} messages.
         * @param message MemberRemoveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberRemoveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberRemoveResponse message, length delimited. Does not implicitly {@link etcdserverpb.MemberRemoveResponse.verify|verify} messages.
         * @param message MemberRemoveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberRemoveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberRemoveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberRemoveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberRemoveResponse;

        /**
         * Decodes a MemberRemoveResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberRemoveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberRemoveResponse;

        /**
         * Verifies a MemberRemoveResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberRemoveResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberRemoveResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberRemoveResponse;

        /**
         * Creates a plain object from a MemberRemoveResponse message. Also converts values to other types if specified.
         * @param message MemberRemoveResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberRemoveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberRemoveResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberRemoveResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberUpdateRequest. */
    interface IMemberUpdateRequest {

        /** MemberUpdateRequest ID */
        ID?: (number|Long|null);

        /** MemberUpdateRequest peerURLs */
        peerURLs?: (string[]|null);
    }

    /** Represents a MemberUpdateRequest. */
    class MemberUpdateRequest implements IMemberUpdateRequest {

        /**
         * Constructs a new MemberUpdateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberUpdateRequest);

        /** MemberUpdateRequest ID. */
        public ID: (number|Long);

        /** MemberUpdateRequest peerURLs. */
        public peerURLs: string[];

        /**
         * Creates a new MemberUpdateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberUpdateRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberUpdateRequest): etcdserverpb.MemberUpdateRequest;

        /**
         * Encodes the specified MemberUpdateRequest message. Does not implicitly {@link etcdserverpb.MemberUpdateRequest.verify|verify} messages.
         * @param message MemberUpdateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberUpdateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberUpdateRequest message, length delimited. Does not implicitly {@link etcdserverpb.MemberUpdateRequest.verify|verify} messages.
         * @param message MemberUpdateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberUpdateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberUpdateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberUpdateRequest;

        /**
         * Decodes a MemberUpdateRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberUpdateRequest;

        /**
         * Verifies a MemberUpdateRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberUpdateRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberUpdateRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberUpdateRequest;

        /**
         * Creates a plain object from a MemberUpdateRequest message. Also converts values to other types if specified.
         * @param message MemberUpdateRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberUpdateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberUpdateRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberUpdateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberUpdateResponse. */
    interface IMemberUpdateResponse {

        /** MemberUpdateResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberUpdateResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberUpdateResponse. */
    class MemberUpdateResponse implements IMemberUpdateResponse {

        /**
         * Constructs a new MemberUpdateResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberUpdateResponse);

        /** MemberUpdateResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberUpdateResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberUpdateResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberUpdateResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberUpdateResponse): etcdserverpb.MemberUpdateResponse;

        /**
         * Encodes the specified MemberUpdateResponse message. Does not implicitly {@link etcdserverpb.MemberUpdateResponse.verify|verify} messages.
         * @param message MemberUpdateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberUpdateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberUpdateResponse message, length delimited. Does not implicitly {@link etcdserverpb.MemberUpdateResponse.verify|verify} messages.
         * @param message MemberUpdateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberUpdateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberUpdateResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberUpdateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberUpdateResponse;

        /**
         * Decodes a MemberUpdateResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberUpdateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberUpdateResponse;

        /**
         * Verifies a MemberUpdateResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberUpdateResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberUpdateResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberUpdateResponse;

        /**
         * Creates a plain object from a MemberUpdateResponse message. Also converts values to other types if specified.
         * @param message MemberUpdateResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberUpdateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberUpdateResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberUpdateResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberListRequest. */
    interface IMemberListRequest {

        /** MemberListRequest linearizable */
        linearizable?: (boolean|null);
    }

    /** Represents a MemberListRequest. */
    class MemberListRequest implements IMemberListRequest {

        /**
         * Constructs a new MemberListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberListRequest);

        /** MemberListRequest linearizable. */
        public linearizable: boolean;

        /**
         * Creates a new MemberListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberListRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberListRequest): etcdserverpb.MemberListRequest;

        /**
         * Encodes the specified MemberListRequest message. Does not implicitly {@link etcdserverpb.MemberListRequest.verify|verify} messages.
         * @param message MemberListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberListRequest message, length delimited. Does not implicitly {@link etcdserverpb.MemberListRequest.verify|verify} messages.
         * @param message MemberListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberListRequest;

        /**
         * Decodes a MemberListRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberListRequest;

        /**
         * Verifies a MemberListRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberListRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberListRequest;

        /**
         * Creates a plain object from a MemberListRequest message. Also converts values to other types if specified.
         * @param message MemberListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberListRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberListRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberListResponse. */
    interface IMemberListResponse {

        /** MemberListResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberListResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberListResponse. */
    class MemberListResponse implements IMemberListResponse {

        /**
         * Constructs a new MemberListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberListResponse);

        /** MemberListResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberListResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberListResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberListResponse): etcdserverpb.MemberListResponse;

        /**
         * Encodes the specified MemberListResponse message. Does not implicitly {@link etcdserverpb.MemberListResponse.verify|verify} messages.
         * @param message MemberListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberListResponse message, length delimited. Does not implicitly {@link etcdserverpb.MemberListResponse.verify|verify} messages.
         * @param message MemberListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberListResponse;

        /**
         * Decodes a MemberListResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberListResponse;

        /**
         * Verifies a MemberListResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberListResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberListResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberListResponse;

        /**
         * Creates a plain object from a MemberListResponse message. Also converts values to other types if specified.
         * @param message MemberListResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberListResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberListResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberPromoteRequest. */
    interface IMemberPromoteRequest {

        /** MemberPromoteRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a MemberPromoteRequest. */
    class MemberPromoteRequest implements IMemberPromoteRequest {

        /**
         * Constructs a new MemberPromoteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberPromoteRequest);

        /** MemberPromoteRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new MemberPromoteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberPromoteRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberPromoteRequest): etcdserverpb.MemberPromoteRequest;

        /**
         * Encodes the specified MemberPromoteRequest message. Does not implicitly {@link etcdserverpb.MemberPromoteRequest.verify|verify} messages.
         * @param message MemberPromoteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberPromoteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberPromoteRequest message, length delimited. Does not implicitly {@link etcdserverpb.MemberPromoteRequest.verify|verify} messages.
         * @param message MemberPromoteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberPromoteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberPromoteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberPromoteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberPromoteRequest;

        /**
         * Decodes a MemberPromoteRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberPromoteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberPromoteRequest;

        /**
         * Verifies a MemberPromoteRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberPromoteRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberPromoteRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberPromoteRequest;

        /**
         * Creates a plain object from a MemberPromoteRequest message. Also converts values to other types if specified.
         * @param message MemberPromoteRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberPromoteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberPromoteRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberPromoteRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberPromoteResponse. */
    interface IMemberPromoteResponse {

        /** MemberPromoteResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberPromoteResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberPromoteResponse. */
    class MemberPromoteResponse implements IMemberPromoteResponse {

        /**
         * Constructs a new MemberPromoteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberPromoteResponse);

        /** MemberPromoteResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberPromoteResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberPromoteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberPromoteResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberPromoteResponse): etcdserverpb.MemberPromoteResponse;

        /**
         * Encodes the specified MemberPromoteResponse message. Does not implicitly {@link etcdserverpb.MemberPromoteResponse.verify|verify} messages.
         * @param message MemberPromoteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberPromoteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberPromoteResponse message, length delimited. Does not implicitly {@link etcdserverpb.MemberPromoteResponse.verify|verify} messages.
         * @param message MemberPromoteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMemberPromoteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberPromoteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberPromoteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberPromoteResponse;

        /**
         * Decodes a MemberPromoteResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MemberPromoteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MemberPromoteResponse;

        /**
         * Verifies a MemberPromoteResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberPromoteResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MemberPromoteResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MemberPromoteResponse;

        /**
         * Creates a plain object from a MemberPromoteResponse message. Also converts values to other types if specified.
         * @param message MemberPromoteResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MemberPromoteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberPromoteResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MemberPromoteResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AlarmRequest. */
    interface IAlarmRequest {

        /** AlarmRequest action */
        action?: (etcdserverpb.AlarmRequest.AlarmAction|null);

        /** AlarmRequest memberID */
        memberID?: (number|Long|null);

        /** AlarmRequest alarm */
        alarm?: (etcdserverpb.AlarmType|null);
    }

    /** Represents an AlarmRequest. */
    class AlarmRequest implements IAlarmRequest {

        /**
         * Constructs a new AlarmRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAlarmRequest);

        /** AlarmRequest action. */
        public action: etcdserverpb.AlarmRequest.AlarmAction;

        /** AlarmRequest memberID. */
        public memberID: (number|Long);

        /** AlarmRequest alarm. */
        public alarm: etcdserverpb.AlarmType;

        /**
         * Creates a new AlarmRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlarmRequest instance
         */
        public static create(properties?: etcdserverpb.IAlarmRequest): etcdserverpb.AlarmRequest;

        /**
         * Encodes the specified AlarmRequest message. Does not implicitly {@link etcdserverpb.AlarmRequest.verify|verify} messages.
         * @param message AlarmRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAlarmRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AlarmRequest message, length delimited. Does not implicitly {@link etcdserverpb.AlarmRequest.verify|verify} messages.
         * @param message AlarmRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAlarmRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlarmRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AlarmRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AlarmRequest;

        /**
         * Decodes an AlarmRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AlarmRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AlarmRequest;

        /**
         * Verifies an AlarmRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AlarmRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AlarmRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AlarmRequest;

        /**
         * Creates a plain object from an AlarmRequest message. Also converts values to other types if specified.
         * @param message AlarmRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AlarmRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AlarmRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AlarmRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace AlarmRequest {

        /** AlarmAction enum. */
        enum AlarmAction {
            GET = 0,
            ACTIVATE = 1,
            DEACTIVATE = 2
        }
    }

    /** Properties of an AlarmMember. */
    interface IAlarmMember {

        /** AlarmMember memberID */
        memberID?: (number|Long|null);

        /** AlarmMember alarm */
        alarm?: (etcdserverpb.AlarmType|null);
    }

    /** Represents an AlarmMember. */
    class AlarmMember implements IAlarmMember {

        /**
         * Constructs a new AlarmMember.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAlarmMember);

        /** AlarmMember memberID. */
        public memberID: (number|Long);

        /** AlarmMember alarm. */
        public alarm: etcdserverpb.AlarmType;

        /**
         * Creates a new AlarmMember instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlarmMember instance
         */
        public static create(properties?: etcdserverpb.IAlarmMember): etcdserverpb.AlarmMember;

        /**
         * Encodes the specified AlarmMember message. Does not implicitly {@link etcdserverpb.AlarmMember.verify|verify} messages.
         * @param message AlarmMember message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAlarmMember, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AlarmMember message, length delimited. Does not implicitly {@link etcdserverpb.AlarmMember.verify|verify} messages.
         * @param message AlarmMember message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAlarmMember, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlarmMember message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AlarmMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AlarmMember;

        /**
         * Decodes an AlarmMember message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AlarmMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AlarmMember;

        /**
         * Verifies an AlarmMember message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AlarmMember message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AlarmMember
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AlarmMember;

        /**
         * Creates a plain object from an AlarmMember message. Also converts values to other types if specified.
         * @param message AlarmMember
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AlarmMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AlarmMember to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AlarmMember
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AlarmResponse. */
    interface IAlarmResponse {

        /** AlarmResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AlarmResponse alarms */
        alarms?: (etcdserverpb.IAlarmMember[]|null);
    }

    /** Represents an AlarmResponse. */
    class AlarmResponse implements IAlarmResponse {

        /**
         * Constructs a new AlarmResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAlarmResponse);

        /** AlarmResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AlarmResponse alarms. */
        public alarms: etcdserverpb.IAlarmMember[];

        /**
         * Creates a new AlarmResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlarmResponse instance
         */
        public static create(properties?: etcdserverpb.IAlarmResponse): etcdserverpb.AlarmResponse;

        /**
         * Encodes the specified AlarmResponse message. Does not implicitly {@link etcdserverpb.AlarmResponse.verify|verify} messages.
         * @param message AlarmResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAlarmResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AlarmResponse message, length delimited. Does not implicitly {@link etcdserverpb.AlarmResponse.verify|verify} messages.
         * @param message AlarmResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAlarmResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlarmResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AlarmResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AlarmResponse;

        /**
         * Decodes an AlarmResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AlarmResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AlarmResponse;

        /**
         * Verifies an AlarmResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AlarmResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AlarmResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AlarmResponse;

        /**
         * Creates a plain object from an AlarmResponse message. Also converts values to other types if specified.
         * @param message AlarmResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AlarmResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AlarmResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AlarmResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StatusRequest. */
    interface IStatusRequest {
    }

    /** Represents a StatusRequest. */
    class StatusRequest implements IStatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IStatusRequest);

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        public static create(properties?: etcdserverpb.IStatusRequest): etcdserverpb.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link etcdserverpb.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link etcdserverpb.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.StatusRequest;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.StatusRequest;

        /**
         * Verifies a StatusRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatusRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.StatusRequest;

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @param message StatusRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StatusRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StatusResponse. */
    interface IStatusResponse {

        /** StatusResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** StatusResponse version */
        version?: (string|null);

        /** StatusResponse dbSize */
        dbSize?: (number|Long|null);

        /** StatusResponse leader */
        leader?: (number|Long|null);

        /** StatusResponse raftIndex */
        raftIndex?: (number|Long|null);

        /** StatusResponse raftTerm */
        raftTerm?: (number|Long|null);

        /** StatusResponse raftAppliedIndex */
        raftAppliedIndex?: (number|Long|null);

        /** StatusResponse errors */
        errors?: (string[]|null);

        /** StatusResponse dbSizeInUse */
        dbSizeInUse?: (number|Long|null);

        /** StatusResponse isLearner */
        isLearner?: (boolean|null);

        /** StatusResponse storageVersion */
        storageVersion?: (string|null);

        /** StatusResponse dbSizeQuota */
        dbSizeQuota?: (number|Long|null);

        /** StatusResponse downgradeInfo */
        downgradeInfo?: (etcdserverpb.IDowngradeInfo|null);
    }

    /** Represents a StatusResponse. */
    class StatusResponse implements IStatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IStatusResponse);

        /** StatusResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** StatusResponse version. */
        public version: string;

        /** StatusResponse dbSize. */
        public dbSize: (number|Long);

        /** StatusResponse leader. */
        public leader: (number|Long);

        /** StatusResponse raftIndex. */
        public raftIndex: (number|Long);

        /** StatusResponse raftTerm. */
        public raftTerm: (number|Long);

        /** StatusResponse raftAppliedIndex. */
        public raftAppliedIndex: (number|Long);

        /** StatusResponse errors. */
        public errors: string[];

        /** StatusResponse dbSizeInUse. */
        public dbSizeInUse: (number|Long);

        /** StatusResponse isLearner. */
        public isLearner: boolean;

        /** StatusResponse storageVersion. */
        public storageVersion: string;

        /** StatusResponse dbSizeQuota. */
        public dbSizeQuota: (number|Long);

        /** StatusResponse downgradeInfo. */
        public downgradeInfo?: (etcdserverpb.IDowngradeInfo|null);

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        public static create(properties?: etcdserverpb.IStatusResponse): etcdserverpb.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link etcdserverpb.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link etcdserverpb.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.StatusResponse;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.StatusResponse;

        /**
         * Verifies a StatusResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatusResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.StatusResponse;

        /**
         * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
         * @param message StatusResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for StatusResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DowngradeInfo. */
    interface IDowngradeInfo {

        /** DowngradeInfo enabled */
        enabled?: (boolean|null);

        /** DowngradeInfo targetVersion */
        targetVersion?: (string|null);
    }

    /** Represents a DowngradeInfo. */
    class DowngradeInfo implements IDowngradeInfo {

        /**
         * Constructs a new DowngradeInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDowngradeInfo);

        /** DowngradeInfo enabled. */
        public enabled: boolean;

        /** DowngradeInfo targetVersion. */
        public targetVersion: string;

        /**
         * Creates a new DowngradeInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DowngradeInfo instance
         */
        public static create(properties?: etcdserverpb.IDowngradeInfo): etcdserverpb.DowngradeInfo;

        /**
         * Encodes the specified DowngradeInfo message. Does not implicitly {@link etcdserverpb.DowngradeInfo.verify|verify} messages.
         * @param message DowngradeInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDowngradeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DowngradeInfo message, length delimited. Does not implicitly {@link etcdserverpb.DowngradeInfo.verify|verify} messages.
         * @param message DowngradeInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDowngradeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DowngradeInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DowngradeInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DowngradeInfo;

        /**
         * Decodes a DowngradeInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DowngradeInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DowngradeInfo;

        /**
         * Verifies a DowngradeInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DowngradeInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DowngradeInfo
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DowngradeInfo;

        /**
         * Creates a plain object from a DowngradeInfo message. Also converts values to other types if specified.
         * @param message DowngradeInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DowngradeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DowngradeInfo to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DowngradeInfo
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DefragmentRequest. */
    interface IDefragmentRequest {
    }

    /** Represents a DefragmentRequest. */
    class DefragmentRequest implements IDefragmentRequest {

        /**
         * Constructs a new DefragmentRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDefragmentRequest);

        /**
         * Creates a new DefragmentRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DefragmentRequest instance
         */
        public static create(properties?: etcdserverpb.IDefragmentRequest): etcdserverpb.DefragmentRequest;

        /**
         * Encodes the specified DefragmentRequest message. Does not implicitly {@link etcdserverpb.DefragmentRequest.verify|verify} messages.
         * @param message DefragmentRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDefragmentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DefragmentRequest message, length delimited. Does not implicitly {@link etcdserverpb.DefragmentRequest.verify|verify} messages.
         * @param message DefragmentRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDefragmentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DefragmentRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DefragmentRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DefragmentRequest;

        /**
         * Decodes a DefragmentRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DefragmentRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DefragmentRequest;

        /**
         * Verifies a DefragmentRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DefragmentRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DefragmentRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DefragmentRequest;

        /**
         * Creates a plain object from a DefragmentRequest message. Also converts values to other types if specified.
         * @param message DefragmentRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DefragmentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DefragmentRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DefragmentRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DefragmentResponse. */
    interface IDefragmentResponse {

        /** DefragmentResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a DefragmentResponse. */
    class DefragmentResponse implements IDefragmentResponse {

        /**
         * Constructs a new DefragmentResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDefragmentResponse);

        /** DefragmentResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new DefragmentResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DefragmentResponse instance
         */
        public static create(properties?: etcdserverpb.IDefragmentResponse): etcdserverpb.DefragmentResponse;

        /**
         * Encodes the specified DefragmentResponse message. Does not implicitly {@link etcdserverpb.DefragmentResponse.verify|verify} messages.
         * @param message DefragmentResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDefragmentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DefragmentResponse message, length delimited. Does not implicitly {@link etcdserverpb.DefragmentResponse.verify|verify} messages.
         * @param message DefragmentResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDefragmentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DefragmentResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DefragmentResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DefragmentResponse;

        /**
         * Decodes a DefragmentResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DefragmentResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DefragmentResponse;

        /**
         * Verifies a DefragmentResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DefragmentResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DefragmentResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DefragmentResponse;

        /**
         * Creates a plain object from a DefragmentResponse message. Also converts values to other types if specified.
         * @param message DefragmentResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DefragmentResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DefragmentResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DefragmentResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashRequest. */
    interface IHashRequest {
    }

    /** Represents a HashRequest. */
    class HashRequest implements IHashRequest {

        /**
         * Constructs a new HashRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashRequest);

        /**
         * Creates a new HashRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashRequest instance
         */
        public static create(properties?: etcdserverpb.IHashRequest): etcdserverpb.HashRequest;

        /**
         * Encodes the specified HashRequest message. Does not implicitly {@link etcdserverpb.HashRequest.verify|verify} messages.
         * @param message HashRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HashRequest message, length delimited. Does not implicitly {@link etcdserverpb.HashRequest.verify|verify} messages.
         * @param message HashRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IHashRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashRequest;

        /**
         * Decodes a HashRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns HashRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.HashRequest;

        /**
         * Verifies a HashRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HashRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HashRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.HashRequest;

        /**
         * Creates a plain object from a HashRequest message. Also converts values to other types if specified.
         * @param message HashRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.HashRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HashRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for HashRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashResponse. */
    interface IHashResponse {

        /** HashResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** HashResponse hash */
        hash?: (number|null);
    }

    /** Represents a HashResponse. */
    class HashResponse implements IHashResponse {

        /**
         * Constructs a new HashResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashResponse);

        /** HashResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** HashResponse hash. */
        public hash: number;

        /**
         * Creates a new HashResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashResponse instance
         */
        public static create(properties?: etcdserverpb.IHashResponse): etcdserverpb.HashResponse;

        /**
         * Encodes the specified HashResponse message. Does not implicitly {@link etcdserverpb.HashResponse.verify|verify} messages.
         * @param message HashResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HashResponse message, length delimited. Does not implicitly {@link etcdserverpb.HashResponse.verify|verify} messages.
         * @param message HashResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IHashResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashResponse;

        /**
         * Decodes a HashResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns HashResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.HashResponse;

        /**
         * Verifies a HashResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HashResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HashResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.HashResponse;

        /**
         * Creates a plain object from a HashResponse message. Also converts values to other types if specified.
         * @param message HashResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.HashResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HashResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for HashResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashKVRequest. */
    interface IHashKVRequest {

        /** HashKVRequest revision */
        revision?: (number|Long|null);
    }

    /** Represents a HashKVRequest. */
    class HashKVRequest implements IHashKVRequest {

        /**
         * Constructs a new HashKVRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashKVRequest);

        /** HashKVRequest revision. */
        public revision: (number|Long);

        /**
         * Creates a new HashKVRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashKVRequest instance
         */
        public static create(properties?: etcdserverpb.IHashKVRequest): etcdserverpb.HashKVRequest;

        /**
         * Encodes the specified HashKVRequest message. Does not implicitly {@link etcdserverpb.HashKVRequest.verify|verify} messages.
         * @param message HashKVRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashKVRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HashKVRequest message, length delimited. Does not implicitly {@link etcdserverpb.HashKVRequest.verify|verify} messages.
         * @param message HashKVRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IHashKVRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashKVRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashKVRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashKVRequest;

        /**
         * Decodes a HashKVRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns HashKVRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.HashKVRequest;

        /**
         * Verifies a HashKVRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HashKVRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HashKVRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.HashKVRequest;

        /**
         * Creates a plain object from a HashKVRequest message. Also converts values to other types if specified.
         * @param message HashKVRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.HashKVRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HashKVRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for HashKVRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashKVResponse. */
    interface IHashKVResponse {

        /** HashKVResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** HashKVResponse hash */
        hash?: (number|null);

        /** HashKVResponse compactRevision */
        compactRevision?: (number|Long|null);

        /** HashKVResponse hashRevision */
        hashRevision?: (number|Long|null);
    }

    /** Represents a HashKVResponse. */
    class HashKVResponse implements IHashKVResponse {

        /**
         * Constructs a new HashKVResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashKVResponse);

        /** HashKVResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** HashKVResponse hash. */
        public hash: number;

        /** HashKVResponse compactRevision. */
        public compactRevision: (number|Long);

        /** HashKVResponse hashRevision. */
        public hashRevision: (number|Long);

        /**
         * Creates a new HashKVResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashKVResponse instance
         */
        public static create(properties?: etcdserverpb.IHashKVResponse): etcdserverpb.HashKVResponse;

        /**
         * Encodes the specified HashKVResponse message. Does not implicitly {@link etcdserverpb.HashKVResponse.verify|verify} messages.
         * @param message HashKVResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashKVResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HashKVResponse message, length delimited. Does not implicitly {@link etcdserverpb.HashKVResponse.verify|verify} messages.
         * @param message HashKVResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IHashKVResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashKVResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashKVResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashKVResponse;

        /**
         * Decodes a HashKVResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns HashKVResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.HashKVResponse;

        /**
         * Verifies a HashKVResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HashKVResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HashKVResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.HashKVResponse;

        /**
         * Creates a plain object from a HashKVResponse message. Also converts values to other types if specified.
         * @param message HashKVResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.HashKVResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HashKVResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for HashKVResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotRequest. */
    interface ISnapshotRequest {
    }

    /** Represents a SnapshotRequest. */
    class SnapshotRequest implements ISnapshotRequest {

        /**
         * Constructs a new SnapshotRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ISnapshotRequest);

        /**
         * Creates a new SnapshotRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotRequest instance
         */
        public static create(properties?: etcdserverpb.ISnapshotRequest): etcdserverpb.SnapshotRequest;

        /**
         * Encodes the specified SnapshotRequest message. Does not implicitly {@link etcdserverpb.SnapshotRequest.verify|verify} messages.
         * @param message SnapshotRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ISnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SnapshotRequest message, length delimited. Does not implicitly {@link etcdserverpb.SnapshotRequest.verify|verify} messages.
         * @param message SnapshotRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ISnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.SnapshotRequest;

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.SnapshotRequest;

        /**
         * Verifies a SnapshotRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SnapshotRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.SnapshotRequest;

        /**
         * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
         * @param message SnapshotRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.SnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for SnapshotRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotResponse. */
    interface ISnapshotResponse {

        /** SnapshotResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** SnapshotResponse remainingBytes */
        remainingBytes?: (number|Long|null);

        /** SnapshotResponse blob */
        blob?: (Uint8Array|null);

        /** SnapshotResponse version */
        version?: (string|null);
    }

    /** Represents a SnapshotResponse. */
    class SnapshotResponse implements ISnapshotResponse {

        /**
         * Constructs a new SnapshotResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ISnapshotResponse);

        /** SnapshotResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** SnapshotResponse remainingBytes. */
        public remainingBytes: (number|Long);

        /** SnapshotResponse blob. */
        public blob: Uint8Array;

        /** SnapshotResponse version. */
        public version: string;

        /**
         * Creates a new SnapshotResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotResponse instance
         */
        public static create(properties?: etcdserverpb.ISnapshotResponse): etcdserverpb.SnapshotResponse;

        /**
         * Encodes the specified SnapshotResponse message. Does not implicitly {@link etcdserverpb.SnapshotResponse.verify|verify} messages.
         * @param message SnapshotResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ISnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SnapshotResponse message, length delimited. Does not implicitly {@link etcdserverpb.SnapshotResponse.verify|verify} messages.
         * @param message SnapshotResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.ISnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.SnapshotResponse;

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.SnapshotResponse;

        /**
         * Verifies a SnapshotResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SnapshotResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SnapshotResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.SnapshotResponse;

        /**
         * Creates a plain object from a SnapshotResponse message. Also converts values to other types if specified.
         * @param message SnapshotResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.SnapshotResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for SnapshotResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MoveLeaderRequest. */
    interface IMoveLeaderRequest {

        /** MoveLeaderRequest targetID */
        targetID?: (number|Long|null);
    }

    /** Represents a MoveLeaderRequest. */
    class MoveLeaderRequest implements IMoveLeaderRequest {

        /**
         * Constructs a new MoveLeaderRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMoveLeaderRequest);

        /** MoveLeaderRequest targetID. */
        public targetID: (number|Long);

        /**
         * Creates a new MoveLeaderRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MoveLeaderRequest instance
         */
        public static create(properties?: etcdserverpb.IMoveLeaderRequest): etcdserverpb.MoveLeaderRequest;

        /**
         * Encodes the specified MoveLeaderRequest message. Does not implicitly {@link etcdserverpb.MoveLeaderRequest.verify|verify} messages.
         * @param message MoveLeaderRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMoveLeaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MoveLeaderRequest message, length delimited. Does not implicitly {@link etcdserverpb.MoveLeaderRequest.verify|verify} messages.
         * @param message MoveLeaderRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMoveLeaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MoveLeaderRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MoveLeaderRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MoveLeaderRequest;

        /**
         * Decodes a MoveLeaderRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MoveLeaderRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MoveLeaderRequest;

        /**
         * Verifies a MoveLeaderRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MoveLeaderRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MoveLeaderRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MoveLeaderRequest;

        /**
         * Creates a plain object from a MoveLeaderRequest message. Also converts values to other types if specified.
         * @param message MoveLeaderRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MoveLeaderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MoveLeaderRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MoveLeaderRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MoveLeaderResponse. */
    interface IMoveLeaderResponse {

        /** MoveLeaderResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a MoveLeaderResponse. */
    class MoveLeaderResponse implements IMoveLeaderResponse {

        /**
         * Constructs a new MoveLeaderResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMoveLeaderResponse);

        /** MoveLeaderResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new MoveLeaderResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MoveLeaderResponse instance
         */
        public static create(properties?: etcdserverpb.IMoveLeaderResponse): etcdserverpb.MoveLeaderResponse;

        /**
         * Encodes the specified MoveLeaderResponse message. Does not implicitly {@link etcdserverpb.MoveLeaderResponse.verify|verify} messages.
         * @param message MoveLeaderResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMoveLeaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MoveLeaderResponse message, length delimited. Does not implicitly {@link etcdserverpb.MoveLeaderResponse.verify|verify} messages.
         * @param message MoveLeaderResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IMoveLeaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MoveLeaderResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MoveLeaderResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MoveLeaderResponse;

        /**
         * Decodes a MoveLeaderResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns MoveLeaderResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.MoveLeaderResponse;

        /**
         * Verifies a MoveLeaderResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MoveLeaderResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MoveLeaderResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.MoveLeaderResponse;

        /**
         * Creates a plain object from a MoveLeaderResponse message. Also converts values to other types if specified.
         * @param message MoveLeaderResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.MoveLeaderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MoveLeaderResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for MoveLeaderResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DowngradeRequest. */
    interface IDowngradeRequest {

        /** DowngradeRequest action */
        action?: (etcdserverpb.DowngradeRequest.DowngradeAction|null);

        /** DowngradeRequest version */
        version?: (string|null);
    }

    /** Represents a DowngradeRequest. */
    class DowngradeRequest implements IDowngradeRequest {

        /**
         * Constructs a new DowngradeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDowngradeRequest);

        /** DowngradeRequest action. */
        public action: etcdserverpb.DowngradeRequest.DowngradeAction;

        /** DowngradeRequest version. */
        public version: string;

        /**
         * Creates a new DowngradeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DowngradeRequest instance
         */
        public static create(properties?: etcdserverpb.IDowngradeRequest): etcdserverpb.DowngradeRequest;

        /**
         * Encodes the specified DowngradeRequest message. Does not implicitly {@link etcdserverpb.DowngradeRequest.verify|verify} messages.
         * @param message DowngradeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDowngradeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DowngradeRequest message, length delimited. Does not implicitly {@link etcdserverpb.DowngradeRequest.verify|verify} messages.
         * @param message DowngradeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDowngradeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DowngradeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DowngradeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DowngradeRequest;

        /**
         * Decodes a DowngradeRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DowngradeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DowngradeRequest;

        /**
         * Verifies a DowngradeRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DowngradeRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DowngradeRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DowngradeRequest;

        /**
         * Creates a plain object from a DowngradeRequest message. Also converts values to other types if specified.
         * @param message DowngradeRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DowngradeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DowngradeRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DowngradeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace DowngradeRequest {

        /** DowngradeAction enum. */
        enum DowngradeAction {
            VALIDATE = 0,
            ENABLE = 1,
            CANCEL = 2
        }
    }

    /** Properties of a DowngradeResponse. */
    interface IDowngradeResponse {

        /** DowngradeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** DowngradeResponse version */
        version?: (string|null);
    }

    /** Represents a DowngradeResponse. */
    class DowngradeResponse implements IDowngradeResponse {

        /**
         * Constructs a new DowngradeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDowngradeResponse);

        /** DowngradeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** DowngradeResponse version. */
        public version: string;

        /**
         * Creates a new DowngradeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DowngradeResponse instance
         */
        public static create(properties?: etcdserverpb.IDowngradeResponse): etcdserverpb.DowngradeResponse;

        /**
         * Encodes the specified DowngradeResponse message. Does not implicitly {@link etcdserverpb.DowngradeResponse.verify|verify} messages.
         * @param message DowngradeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDowngradeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified DowngradeResponse message, length delimited. Does not implicitly {@link etcdserverpb.DowngradeResponse.verify|verify} messages.
         * @param message DowngradeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IDowngradeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DowngradeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DowngradeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DowngradeResponse;

        /**
         * Decodes a DowngradeResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns DowngradeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.DowngradeResponse;

        /**
         * Verifies a DowngradeResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a DowngradeResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DowngradeResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.DowngradeResponse;

        /**
         * Creates a plain object from a DowngradeResponse message. Also converts values to other types if specified.
         * @param message DowngradeResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.DowngradeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DowngradeResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for DowngradeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthEnableRequest. */
    interface IAuthEnableRequest {
    }

    /** Represents an AuthEnableRequest. */
    class AuthEnableRequest implements IAuthEnableRequest {

        /**
         * Constructs a new AuthEnableRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthEnableRequest);

        /**
         * Creates a new AuthEnableRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthEnableRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthEnableRequest): etcdserverpb.AuthEnableRequest;

        /**
         * Encodes the specified AuthEnableRequest message. Does not implicitly {@link etcdserverpb.AuthEnableRequest.verify|verify} messages.
         * @param message AuthEnableRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthEnableRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthEnableRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthEnableRequest.verify|verify} messages.
         * @param message AuthEnableRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthEnableRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthEnableRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthEnableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthEnableRequest;

        /**
         * Decodes an AuthEnableRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthEnableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthEnableRequest;

        /**
         * Verifies an AuthEnableRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthEnableRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthEnableRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthEnableRequest;

        /**
         * Creates a plain object from an AuthEnableRequest message. Also converts values to other types if specified.
         * @param message AuthEnableRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthEnableRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthEnableRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthEnableRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthDisableRequest. */
    interface IAuthDisableRequest {
    }

    /** Represents an AuthDisableRequest. */
    class AuthDisableRequest implements IAuthDisableRequest {

        /**
         * Constructs a new AuthDisableRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthDisableRequest);

        /**
         * Creates a new AuthDisableRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthDisableRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthDisableRequest): etcdserverpb.AuthDisableRequest;

        /**
         * Encodes the specified AuthDisableRequest message. Does not implicitly {@link etcdserverpb.AuthDisableRequest.verify|verify} messages.
         * @param message AuthDisableRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthDisableRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthDisableRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthDisableRequest.verify|verify} messages.
         * @param message AuthDisableRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthDisableRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthDisableRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthDisableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthDisableRequest;

        /**
         * Decodes an AuthDisableRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthDisableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthDisableRequest;

        /**
         * Verifies an AuthDisableRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthDisableRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthDisableRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthDisableRequest;

        /**
         * Creates a plain object from an AuthDisableRequest message. Also converts values to other types if specified.
         * @param message AuthDisableRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthDisableRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthDisableRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthDisableRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthStatusRequest. */
    interface IAuthStatusRequest {
    }

    /** Represents an AuthStatusRequest. */
    class AuthStatusRequest implements IAuthStatusRequest {

        /**
         * Constructs a new AuthStatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthStatusRequest);

        /**
         * Creates a new AuthStatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthStatusRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthStatusRequest): etcdserverpb.AuthStatusRequest;

        /**
         * Encodes the specified AuthStatusRequest message. Does not implicitly {@link etcdserverpb.AuthStatusRequest.verify|verify} messages.
         * @param message AuthStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthStatusRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthStatusRequest.verify|verify} messages.
         * @param message AuthStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthStatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthStatusRequest;

        /**
         * Decodes an AuthStatusRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthStatusRequest;

        /**
         * Verifies an AuthStatusRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthStatusRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthStatusRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthStatusRequest;

        /**
         * Creates a plain object from an AuthStatusRequest message. Also converts values to other types if specified.
         * @param message AuthStatusRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthStatusRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthStatusRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthenticateRequest. */
    interface IAuthenticateRequest {

        /** AuthenticateRequest name */
        name?: (string|null);

        /** AuthenticateRequest password */
        password?: (string|null);
    }

    /** Represents an AuthenticateRequest. */
    class AuthenticateRequest implements IAuthenticateRequest {

        /**
         * Constructs a new AuthenticateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthenticateRequest);

        /** AuthenticateRequest name. */
        public name: string;

        /** AuthenticateRequest password. */
        public password: string;

        /**
         * Creates a new AuthenticateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthenticateRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthenticateRequest): etcdserverpb.AuthenticateRequest;

        /**
         * Encodes the specified AuthenticateRequest message. Does not implicitly {@link etcdserverpb.AuthenticateRequest.verify|verify} messages.
         * @param message AuthenticateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthenticateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthenticateRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthenticateRequest.verify|verify} messages.
         * @param message AuthenticateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthenticateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthenticateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthenticateRequest;

        /**
         * Decodes an AuthenticateRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthenticateRequest;

        /**
         * Verifies an AuthenticateRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthenticateRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthenticateRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthenticateRequest;

        /**
         * Creates a plain object from an AuthenticateRequest message. Also converts values to other types if specified.
         * @param message AuthenticateRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthenticateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthenticateRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthenticateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserAddRequest. */
    interface IAuthUserAddRequest {

        /** AuthUserAddRequest name */
        name?: (string|null);

        /** AuthUserAddRequest password */
        password?: (string|null);

        /** AuthUserAddRequest options */
        options?: (authpb.IUserAddOptions|null);

        /** AuthUserAddRequest hashedPassword */
        hashedPassword?: (string|null);
    }

    /** Represents an AuthUserAddRequest. */
    class AuthUserAddRequest implements IAuthUserAddRequest {

        /**
         * Constructs a new AuthUserAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserAddRequest);

        /** AuthUserAddRequest name. */
        public name: string;

        /** AuthUserAddRequest password. */
        public password: string;

        /** AuthUserAddRequest options. */
        public options?: (authpb.IUserAddOptions|null);

        /** AuthUserAddRequest hashedPassword. */
        public hashedPassword: string;

        /**
         * Creates a new AuthUserAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserAddRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserAddRequest): etcdserverpb.AuthUserAddRequest;

        /**
         * Encodes the specified AuthUserAddRequest message. Does not implicitly {@link etcdserverpb.AuthUserAddRequest.verify|verify} messages.
         * @param message AuthUserAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserAddRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserAddRequest.verify|verify} messages.
         * @param message AuthUserAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserAddRequest;

        /**
         * Decodes an AuthUserAddRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserAddRequest;

        /**
         * Verifies an AuthUserAddRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserAddRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserAddRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserAddRequest;

        /**
         * Creates a plain object from an AuthUserAddRequest message. Also converts values to other types if specified.
         * @param message AuthUserAddRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserAddRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserAddRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGetRequest. */
    interface IAuthUserGetRequest {

        /** AuthUserGetRequest name */
        name?: (string|null);
    }

    /** Represents an AuthUserGetRequest. */
    class AuthUserGetRequest implements IAuthUserGetRequest {

        /**
         * Constructs a new AuthUserGetRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGetRequest);

        /** AuthUserGetRequest name. */
        public name: string;

        /**
         * Creates a new AuthUserGetRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGetRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGetRequest): etcdserverpb.AuthUserGetRequest;

        /**
         * Encodes the specified AuthUserGetRequest message. Does not implicitly {@link etcdserverpb.AuthUserGetRequest.verify|verify} messages.
         * @param message AuthUserGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserGetRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserGetRequest.verify|verify} messages.
         * @param message AuthUserGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGetRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGetRequest;

        /**
         * Decodes an AuthUserGetRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserGetRequest;

        /**
         * Verifies an AuthUserGetRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserGetRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserGetRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserGetRequest;

        /**
         * Creates a plain object from an AuthUserGetRequest message. Also converts values to other types if specified.
         * @param message AuthUserGetRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserGetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserGetRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserGetRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserDeleteRequest. */
    interface IAuthUserDeleteRequest {

        /** AuthUserDeleteRequest name */
        name?: (string|null);
    }

    /** Represents an AuthUserDeleteRequest. */
    class AuthUserDeleteRequest implements IAuthUserDeleteRequest {

        /**
         * Constructs a new AuthUserDeleteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserDeleteRequest);

        /** AuthUserDeleteRequest name. */
        public name: string;

        /**
         * Creates a new AuthUserDeleteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserDeleteRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserDeleteRequest): etcdserverpb.AuthUserDeleteRequest;

        /**
         * Encodes the specified AuthUserDeleteRequest message. Does not implicitly {@link etcdserverpb.AuthUserDeleteRequest.verify|verify} messages.
         * @param message AuthUserDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserDeleteRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserDeleteRequest.verify|verify} messages.
         * @param message AuthUserDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserDeleteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserDeleteRequest;

        /**
         * Decodes an AuthUserDeleteRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserDeleteRequest;

        /**
         * Verifies an AuthUserDeleteRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserDeleteRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserDeleteRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserDeleteRequest;

        /**
         * Creates a plain object from an AuthUserDeleteRequest message. Also converts values to other types if specified.
         * @param message AuthUserDeleteRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserDeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserDeleteRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserDeleteRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserChangePasswordRequest. */
    interface IAuthUserChangePasswordRequest {

        /** AuthUserChangePasswordRequest name */
        name?: (string|null);

        /** AuthUserChangePasswordRequest password */
        password?: (string|null);

        /** AuthUserChangePasswordRequest hashedPassword */
        hashedPassword?: (string|null);
    }

    /** Represents an AuthUserChangePasswordRequest. */
    class AuthUserChangePasswordRequest implements IAuthUserChangePasswordRequest {

        /**
         * Constructs a new AuthUserChangePasswordRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserChangePasswordRequest);

        /** AuthUserChangePasswordRequest name. */
        public name: string;

        /** AuthUserChangePasswordRequest password. */
        public password: string;

        /** AuthUserChangePasswordRequest hashedPassword. */
        public hashedPassword: string;

        /**
         * Creates a new AuthUserChangePasswordRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserChangePasswordRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserChangePasswordRequest): etcdserverpb.AuthUserChangePasswordRequest;

        /**
         * Encodes the specified AuthUserChangePasswordRequest message. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordRequest.verify|verify} messages.
         * @param message AuthUserChangePasswordRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserChangePasswordRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserChangePasswordRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordRequest.verify|verify} messages.
         * @param message AuthUserChangePasswordRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserChangePasswordRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserChangePasswordRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserChangePasswordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserChangePasswordRequest;

        /**
         * Decodes an AuthUserChangePasswordRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserChangePasswordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserChangePasswordRequest;

        /**
         * Verifies an AuthUserChangePasswordRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserChangePasswordRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserChangePasswordRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserChangePasswordRequest;

        /**
         * Creates a plain object from an AuthUserChangePasswordRequest message. Also converts values to other types if specified.
         * @param message AuthUserChangePasswordRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserChangePasswordRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserChangePasswordRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserChangePasswordRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGrantRoleRequest. */
    interface IAuthUserGrantRoleRequest {

        /** AuthUserGrantRoleRequest user */
        user?: (string|null);

        /** AuthUserGrantRoleRequest role */
        role?: (string|null);
    }

    /** Represents an AuthUserGrantRoleRequest. */
    class AuthUserGrantRoleRequest implements IAuthUserGrantRoleRequest {

        /**
         * Constructs a new AuthUserGrantRoleRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGrantRoleRequest);

        /** AuthUserGrantRoleRequest user. */
        public user: string;

        /** AuthUserGrantRoleRequest role. */
        public role: string;

        /**
         * Creates a new AuthUserGrantRoleRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGrantRoleRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGrantRoleRequest): etcdserverpb.AuthUserGrantRoleRequest;

        /**
         * Encodes the specified AuthUserGrantRoleRequest message. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleRequest.verify|verify} messages.
         * @param message AuthUserGrantRoleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGrantRoleRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserGrantRoleRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleRequest.verify|verify} messages.
         * @param message AuthUserGrantRoleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserGrantRoleRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGrantRoleRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGrantRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGrantRoleRequest;

        /**
         * Decodes an AuthUserGrantRoleRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserGrantRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserGrantRoleRequest;

        /**
         * Verifies an AuthUserGrantRoleRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserGrantRoleRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserGrantRoleRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserGrantRoleRequest;

        /**
         * Creates a plain object from an AuthUserGrantRoleRequest message. Also converts values to other types if specified.
         * @param message AuthUserGrantRoleRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserGrantRoleRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserGrantRoleRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserGrantRoleRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserRevokeRoleRequest. */
    interface IAuthUserRevokeRoleRequest {

        /** AuthUserRevokeRoleRequest name */
        name?: (string|null);

        /** AuthUserRevokeRoleRequest role */
        role?: (string|null);
    }

    /** Represents an AuthUserRevokeRoleRequest. */
    class AuthUserRevokeRoleRequest implements IAuthUserRevokeRoleRequest {

        /**
         * Constructs a new AuthUserRevokeRoleRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserRevokeRoleRequest);

        /** AuthUserRevokeRoleRequest name. */
        public name: string;

        /** AuthUserRevokeRoleRequest role. */
        public role: string;

        /**
         * Creates a new AuthUserRevokeRoleRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserRevokeRoleRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserRevokeRoleRequest): etcdserverpb.AuthUserRevokeRoleRequest;

        /**
         * Encodes the specified AuthUserRevokeRoleRequest message. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleRequest.verify|verify} messages.
         * @param message AuthUserRevokeRoleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserRevokeRoleRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserRevokeRoleRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleRequest.verify|verify} messages.
         * @param message AuthUserRevokeRoleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserRevokeRoleRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserRevokeRoleRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserRevokeRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserRevokeRoleRequest;

        /**
         * Decodes an AuthUserRevokeRoleRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserRevokeRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserRevokeRoleRequest;

        /**
         * Verifies an AuthUserRevokeRoleRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserRevokeRoleRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserRevokeRoleRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserRevokeRoleRequest;

        /**
         * Creates a plain object from an AuthUserRevokeRoleRequest message. Also converts values to other types if specified.
         * @param message AuthUserRevokeRoleRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserRevokeRoleRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserRevokeRoleRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserRevokeRoleRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleAddRequest. */
    interface IAuthRoleAddRequest {

        /** AuthRoleAddRequest name */
        name?: (string|null);
    }

    /** Represents an AuthRoleAddRequest. */
    class AuthRoleAddRequest implements IAuthRoleAddRequest {

        /**
         * Constructs a new AuthRoleAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleAddRequest);

        /** AuthRoleAddRequest name. */
        public name: string;

        /**
         * Creates a new AuthRoleAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleAddRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleAddRequest): etcdserverpb.AuthRoleAddRequest;

        /**
         * Encodes the specified AuthRoleAddRequest message. Does not implicitly {@link etcdserverpb.AuthRoleAddRequest.verify|verify} messages.
         * @param message AuthRoleAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleAddRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleAddRequest.verify|verify} messages.
         * @param message AuthRoleAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleAddRequest;

        /**
         * Decodes an AuthRoleAddRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleAddRequest;

        /**
         * Verifies an AuthRoleAddRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleAddRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleAddRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleAddRequest;

        /**
         * Creates a plain object from an AuthRoleAddRequest message. Also converts values to other types if specified.
         * @param message AuthRoleAddRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleAddRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleAddRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGetRequest. */
    interface IAuthRoleGetRequest {

        /** AuthRoleGetRequest role */
        role?: (string|null);
    }

    /** Represents an AuthRoleGetRequest. */
    class AuthRoleGetRequest implements IAuthRoleGetRequest {

        /**
         * Constructs a new AuthRoleGetRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGetRequest);

        /** AuthRoleGetRequest role. */
        public role: string;

        /**
         * Creates a new AuthRoleGetRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGetRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGetRequest): etcdserverpb.AuthRoleGetRequest;

        /**
         * Encodes the specified AuthRoleGetRequest message. Does not implicitly {@link etcdserverpb.AuthRoleGetRequest.verify|verify} messages.
         * @param message AuthRoleGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleGetRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleGetRequest.verify|verify} messages.
         * @param message AuthRoleGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGetRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGetRequest;

        /**
         * Decodes an AuthRoleGetRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleGetRequest;

        /**
         * Verifies an AuthRoleGetRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleGetRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleGetRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleGetRequest;

        /**
         * Creates a plain object from an AuthRoleGetRequest message. Also converts values to other types if specified.
         * @param message AuthRoleGetRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleGetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleGetRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleGetRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserListRequest. */
    interface IAuthUserListRequest {
    }

    /** Represents an AuthUserListRequest. */
    class AuthUserListRequest implements IAuthUserListRequest {

        /**
         * Constructs a new AuthUserListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserListRequest);

        /**
         * Creates a new AuthUserListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserListRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserListRequest): etcdserverpb.AuthUserListRequest;

        /**
         * Encodes the specified AuthUserListRequest message. Does not implicitly {@link etcdserverpb.AuthUserListRequest.verify|verify} messages.
         * @param message AuthUserListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserListRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserListRequest.verify|verify} messages.
         * @param message AuthUserListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserListRequest;

        /**
         * Decodes an AuthUserListRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserListRequest;

        /**
         * Verifies an AuthUserListRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserListRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserListRequest;

        /**
         * Creates a plain object from an AuthUserListRequest message. Also converts values to other types if specified.
         * @param message AuthUserListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserListRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserListRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleListRequest. */
    interface IAuthRoleListRequest {
    }

    /** Represents an AuthRoleListRequest. */
    class AuthRoleListRequest implements IAuthRoleListRequest {

        /**
         * Constructs a new AuthRoleListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleListRequest);

        /**
         * Creates a new AuthRoleListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleListRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleListRequest): etcdserverpb.AuthRoleListRequest;

        /**
         * Encodes the specified AuthRoleListRequest message. Does not implicitly {@link etcdserverpb.AuthRoleListRequest.verify|verify} messages.
         * @param message AuthRoleListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleListRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleListRequest.verify|verify} messages.
         * @param message AuthRoleListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleListRequest;

        /**
         * Decodes an AuthRoleListRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleListRequest;

        /**
         * Verifies an AuthRoleListRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleListRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleListRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleListRequest;

        /**
         * Creates a plain object from an AuthRoleListRequest message. Also converts values to other types if specified.
         * @param message AuthRoleListRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleListRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleListRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleDeleteRequest. */
    interface IAuthRoleDeleteRequest {

        /** AuthRoleDeleteRequest role */
        role?: (string|null);
    }

    /** Represents an AuthRoleDeleteRequest. */
    class AuthRoleDeleteRequest implements IAuthRoleDeleteRequest {

        /**
         * Constructs a new AuthRoleDeleteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleDeleteRequest);

        /** AuthRoleDeleteRequest role. */
        public role: string;

        /**
         * Creates a new AuthRoleDeleteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleDeleteRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleDeleteRequest): etcdserverpb.AuthRoleDeleteRequest;

        /**
         * Encodes the specified AuthRoleDeleteRequest message. Does not implicitly {@link etcdserverpb.AuthRoleDeleteRequest.verify|verify} messages.
         * @param message AuthRoleDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleDeleteRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleDeleteRequest.verify|verify} messages.
         * @param message AuthRoleDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleDeleteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleDeleteRequest;

        /**
         * Decodes an AuthRoleDeleteRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleDeleteRequest;

        /**
         * Verifies an AuthRoleDeleteRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleDeleteRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleDeleteRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleDeleteRequest;

        /**
         * Creates a plain object from an AuthRoleDeleteRequest message. Also converts values to other types if specified.
         * @param message AuthRoleDeleteRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleDeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleDeleteRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleDeleteRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGrantPermissionRequest. */
    interface IAuthRoleGrantPermissionRequest {

        /** AuthRoleGrantPermissionRequest name */
        name?: (string|null);

        /** AuthRoleGrantPermissionRequest perm */
        perm?: (authpb.IPermission|null);
    }

    /** Represents an AuthRoleGrantPermissionRequest. */
    class AuthRoleGrantPermissionRequest implements IAuthRoleGrantPermissionRequest {

        /**
         * Constructs a new AuthRoleGrantPermissionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGrantPermissionRequest);

        /** AuthRoleGrantPermissionRequest name. */
        public name: string;

        /** AuthRoleGrantPermissionRequest perm. */
        public perm?: (authpb.IPermission|null);

        /**
         * Creates a new AuthRoleGrantPermissionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGrantPermissionRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGrantPermissionRequest): etcdserverpb.AuthRoleGrantPermissionRequest;

        /**
         * Encodes the specified AuthRoleGrantPermissionRequest message. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionRequest.verify|verify} messages.
         * @param message AuthRoleGrantPermissionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGrantPermissionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleGrantPermissionRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionRequest.verify|verify} messages.
         * @param message AuthRoleGrantPermissionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleGrantPermissionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGrantPermissionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGrantPermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGrantPermissionRequest;

        /**
         * Decodes an AuthRoleGrantPermissionRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleGrantPermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleGrantPermissionRequest;

        /**
         * Verifies an AuthRoleGrantPermissionRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleGrantPermissionRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleGrantPermissionRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleGrantPermissionRequest;

        /**
         * Creates a plain object from an AuthRoleGrantPermissionRequest message. Also converts values to other types if specified.
         * @param message AuthRoleGrantPermissionRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleGrantPermissionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleGrantPermissionRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleGrantPermissionRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleRevokePermissionRequest. */
    interface IAuthRoleRevokePermissionRequest {

        /** AuthRoleRevokePermissionRequest role */
        role?: (string|null);

        /** AuthRoleRevokePermissionRequest key */
        key?: (Uint8Array|null);

        /** AuthRoleRevokePermissionRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);
    }

    /** Represents an AuthRoleRevokePermissionRequest. */
    class AuthRoleRevokePermissionRequest implements IAuthRoleRevokePermissionRequest {

        /**
         * Constructs a new AuthRoleRevokePermissionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleRevokePermissionRequest);

        /** AuthRoleRevokePermissionRequest role. */
        public role: string;

        /** AuthRoleRevokePermissionRequest key. */
        public key: Uint8Array;

        /** AuthRoleRevokePermissionRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /**
         * Creates a new AuthRoleRevokePermissionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleRevokePermissionRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleRevokePermissionRequest): etcdserverpb.AuthRoleRevokePermissionRequest;

        /**
         * Encodes the specified AuthRoleRevokePermissionRequest message. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionRequest.verify|verify} messages.
         * @param message AuthRoleRevokePermissionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleRevokePermissionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleRevokePermissionRequest message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionRequest.verify|verify} messages.
         * @param message AuthRoleRevokePermissionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleRevokePermissionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleRevokePermissionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleRevokePermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleRevokePermissionRequest;

        /**
         * Decodes an AuthRoleRevokePermissionRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleRevokePermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleRevokePermissionRequest;

        /**
         * Verifies an AuthRoleRevokePermissionRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleRevokePermissionRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleRevokePermissionRequest
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleRevokePermissionRequest;

        /**
         * Creates a plain object from an AuthRoleRevokePermissionRequest message. Also converts values to other types if specified.
         * @param message AuthRoleRevokePermissionRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleRevokePermissionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleRevokePermissionRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleRevokePermissionRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthEnableResponse. */
    interface IAuthEnableResponse {

        /** AuthEnableResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthEnableResponse. */
    class AuthEnableResponse implements IAuthEnableResponse {

        /**
         * Constructs a new AuthEnableResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthEnableResponse);

        /** AuthEnableResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthEnableResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthEnableResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthEnableResponse): etcdserverpb.AuthEnableResponse;

        /**
         * Encodes the specified AuthEnableResponse message. Does not implicitly {@link etcdserverpb.AuthEnableResponse.verify|verify} messages.
         * @param message AuthEnableResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthEnableResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthEnableResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthEnableResponse.verify|verify} messages.
         * @param message AuthEnableResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthEnableResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthEnableResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthEnableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthEnableResponse;

        /**
         * Decodes an AuthEnableResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthEnableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthEnableResponse;

        /**
         * Verifies an AuthEnableResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthEnableResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthEnableResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthEnableResponse;

        /**
         * Creates a plain object from an AuthEnableResponse message. Also converts values to other types if specified.
         * @param message AuthEnableResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthEnableResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthEnableResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthEnableResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthDisableResponse. */
    interface IAuthDisableResponse {

        /** AuthDisableResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthDisableResponse. */
    class AuthDisableResponse implements IAuthDisableResponse {

        /**
         * Constructs a new AuthDisableResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthDisableResponse);

        /** AuthDisableResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthDisableResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthDisableResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthDisableResponse): etcdserverpb.AuthDisableResponse;

        /**
         * Encodes the specified AuthDisableResponse message. Does not implicitly {@link etcdserverpb.AuthDisableResponse.verify|verify} messages.
         * @param message AuthDisableResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthDisableResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthDisableResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthDisableResponse.verify|verify} messages.
         * @param message AuthDisableResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthDisableResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthDisableResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthDisableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthDisableResponse;

        /**
         * Decodes an AuthDisableResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthDisableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthDisableResponse;

        /**
         * Verifies an AuthDisableResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthDisableResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthDisableResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthDisableResponse;

        /**
         * Creates a plain object from an AuthDisableResponse message. Also converts values to other types if specified.
         * @param message AuthDisableResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthDisableResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthDisableResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthDisableResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthStatusResponse. */
    interface IAuthStatusResponse {

        /** AuthStatusResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthStatusResponse enabled */
        enabled?: (boolean|null);

        /** AuthStatusResponse authRevision */
        authRevision?: (number|Long|null);
    }

    /** Represents an AuthStatusResponse. */
    class AuthStatusResponse implements IAuthStatusResponse {

        /**
         * Constructs a new AuthStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthStatusResponse);

        /** AuthStatusResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthStatusResponse enabled. */
        public enabled: boolean;

        /** AuthStatusResponse authRevision. */
        public authRevision: (number|Long);

        /**
         * Creates a new AuthStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthStatusResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthStatusResponse): etcdserverpb.AuthStatusResponse;

        /**
         * Encodes the specified AuthStatusResponse message. Does not implicitly {@link etcdserverpb.AuthStatusResponse.verify|verify} messages.
         * @param message AuthStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthStatusResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthStatusResponse.verify|verify} messages.
         * @param message AuthStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthStatusResponse;

        /**
         * Decodes an AuthStatusResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthStatusResponse;

        /**
         * Verifies an AuthStatusResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthStatusResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthStatusResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthStatusResponse;

        /**
         * Creates a plain object from an AuthStatusResponse message. Also converts values to other types if specified.
         * @param message AuthStatusResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthStatusResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthStatusResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthenticateResponse. */
    interface IAuthenticateResponse {

        /** AuthenticateResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthenticateResponse token */
        token?: (string|null);
    }

    /** Represents an AuthenticateResponse. */
    class AuthenticateResponse implements IAuthenticateResponse {

        /**
         * Constructs a new AuthenticateResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthenticateResponse);

        /** AuthenticateResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthenticateResponse token. */
        public token: string;

        /**
         * Creates a new AuthenticateResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthenticateResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthenticateResponse): etcdserverpb.AuthenticateResponse;

        /**
         * Encodes the specified AuthenticateResponse message. Does not implicitly {@link etcdserverpb.AuthenticateResponse.verify|verify} messages.
         * @param message AuthenticateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthenticateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthenticateResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthenticateResponse.verify|verify} messages.
         * @param message AuthenticateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthenticateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthenticateResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthenticateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthenticateResponse;

        /**
         * Decodes an AuthenticateResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthenticateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthenticateResponse;

        /**
         * Verifies an AuthenticateResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthenticateResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthenticateResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthenticateResponse;

        /**
         * Creates a plain object from an AuthenticateResponse message. Also converts values to other types if specified.
         * @param message AuthenticateResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthenticateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthenticateResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthenticateResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserAddResponse. */
    interface IAuthUserAddResponse {

        /** AuthUserAddResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserAddResponse. */
    class AuthUserAddResponse implements IAuthUserAddResponse {

        /**
         * Constructs a new AuthUserAddResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserAddResponse);

        /** AuthUserAddResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserAddResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserAddResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserAddResponse): etcdserverpb.AuthUserAddResponse;

        /**
         * Encodes the specified AuthUserAddResponse message. Does not implicitly {@link etcdserverpb.AuthUserAddResponse.verify|verify} messages.
         * @param message AuthUserAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserAddResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserAddResponse.verify|verify} messages.
         * @param message AuthUserAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserAddResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserAddResponse;

        /**
         * Decodes an AuthUserAddResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserAddResponse;

        /**
         * Verifies an AuthUserAddResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserAddResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserAddResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserAddResponse;

        /**
         * Creates a plain object from an AuthUserAddResponse message. Also converts values to other types if specified.
         * @param message AuthUserAddResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserAddResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserAddResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserAddResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGetResponse. */
    interface IAuthUserGetResponse {

        /** AuthUserGetResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserGetResponse roles */
        roles?: (string[]|null);
    }

    /** Represents an AuthUserGetResponse. */
    class AuthUserGetResponse implements IAuthUserGetResponse {

        /**
         * Constructs a new AuthUserGetResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGetResponse);

        /** AuthUserGetResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserGetResponse roles. */
        public roles: string[];

        /**
         * Creates a new AuthUserGetResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGetResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGetResponse): etcdserverpb.AuthUserGetResponse;

        /**
         * Encodes the specified AuthUserGetResponse message. Does not implicitly {@link etcdserverpb.AuthUserGetResponse.verify|verify} messages.
         * @param message AuthUserGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserGetResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserGetResponse.verify|verify} messages.
         * @param message AuthUserGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGetResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGetResponse;

        /**
         * Decodes an AuthUserGetResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserGetResponse;

        /**
         * Verifies an AuthUserGetResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserGetResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserGetResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserGetResponse;

        /**
         * Creates a plain object from an AuthUserGetResponse message. Also converts values to other types if specified.
         * @param message AuthUserGetResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserGetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserGetResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserGetResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserDeleteResponse. */
    interface IAuthUserDeleteResponse {

        /** AuthUserDeleteResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserDeleteResponse. */
    class AuthUserDeleteResponse implements IAuthUserDeleteResponse {

        /**
         * Constructs a new AuthUserDeleteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserDeleteResponse);

        /** AuthUserDeleteResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserDeleteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserDeleteResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserDeleteResponse): etcdserverpb.AuthUserDeleteResponse;

        /**
         * Encodes the specified AuthUserDeleteResponse message. Does not implicitly {@link etcdserverpb.AuthUserDeleteResponse.verify|verify} messages.
         * @param message AuthUserDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserDeleteResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserDeleteResponse.verify|verify} messages.
         * @param message AuthUserDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserDeleteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserDeleteResponse;

        /**
         * Decodes an AuthUserDeleteResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserDeleteResponse;

        /**
         * Verifies an AuthUserDeleteResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserDeleteResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserDeleteResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserDeleteResponse;

        /**
         * Creates a plain object from an AuthUserDeleteResponse message. Also converts values to other types if specified.
         * @param message AuthUserDeleteResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserDeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserDeleteResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserDeleteResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserChangePasswordResponse. */
    interface IAuthUserChangePasswordResponse {

        /** AuthUserChangePasswordResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserChangePasswordResponse. */
    class AuthUserChangePasswordResponse implements IAuthUserChangePasswordResponse {

        /**
         * Constructs a new AuthUserChangePasswordResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserChangePasswordResponse);

        /** AuthUserChangePasswordResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserChangePasswordResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserChangePasswordResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserChangePasswordResponse): etcdserverpb.AuthUserChangePasswordResponse;

        /**
         * Encodes the specified AuthUserChangePasswordResponse message. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordResponse.verify|verify} messages.
         * @param message AuthUserChangePasswordResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserChangePasswordResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserChangePasswordResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordResponse.verify|verify} messages.
         * @param message AuthUserChangePasswordResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserChangePasswordResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserChangePasswordResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserChangePasswordResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserChangePasswordResponse;

        /**
         * Decodes an AuthUserChangePasswordResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserChangePasswordResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserChangePasswordResponse;

        /**
         * Verifies an AuthUserChangePasswordResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserChangePasswordResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserChangePasswordResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserChangePasswordResponse;

        /**
         * Creates a plain object from an AuthUserChangePasswordResponse message. Also converts values to other types if specified.
         * @param message AuthUserChangePasswordResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserChangePasswordResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserChangePasswordResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserChangePasswordResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGrantRoleResponse. */
    interface IAuthUserGrantRoleResponse {

        /** AuthUserGrantRoleResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserGrantRoleResponse. */
    class AuthUserGrantRoleResponse implements IAuthUserGrantRoleResponse {

        /**
         * Constructs a new AuthUserGrantRoleResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGrantRoleResponse);

        /** AuthUserGrantRoleResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserGrantRoleResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGrantRoleResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGrantRoleResponse): etcdserverpb.AuthUserGrantRoleResponse;

        /**
         * Encodes the specified AuthUserGrantRoleResponse message. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleResponse.verify|verify} messages.
         * @param message AuthUserGrantRoleResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGrantRoleResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserGrantRoleResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleResponse.verify|verify} messages.
         * @param message AuthUserGrantRoleResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserGrantRoleResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGrantRoleResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGrantRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGrantRoleResponse;

        /**
         * Decodes an AuthUserGrantRoleResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserGrantRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserGrantRoleResponse;

        /**
         * Verifies an AuthUserGrantRoleResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserGrantRoleResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserGrantRoleResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserGrantRoleResponse;

        /**
         * Creates a plain object from an AuthUserGrantRoleResponse message. Also converts values to other types if specified.
         * @param message AuthUserGrantRoleResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserGrantRoleResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserGrantRoleResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserGrantRoleResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserRevokeRoleResponse. */
    interface IAuthUserRevokeRoleResponse {

        /** AuthUserRevokeRoleResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserRevokeRoleResponse. */
    class AuthUserRevokeRoleResponse implements IAuthUserRevokeRoleResponse {

        /**
         * Constructs a new AuthUserRevokeRoleResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserRevokeRoleResponse);

        /** AuthUserRevokeRoleResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserRevokeRoleResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserRevokeRoleResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserRevokeRoleResponse): etcdserverpb.AuthUserRevokeRoleResponse;

        /**
         * Encodes the specified AuthUserRevokeRoleResponse message. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleResponse.verify|verify} messages.
         * @param message AuthUserRevokeRoleResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserRevokeRoleResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserRevokeRoleResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleResponse.verify|verify} messages.
         * @param message AuthUserRevokeRoleResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserRevokeRoleResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserRevokeRoleResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserRevokeRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserRevokeRoleResponse;

        /**
         * Decodes an AuthUserRevokeRoleResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserRevokeRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserRevokeRoleResponse;

        /**
         * Verifies an AuthUserRevokeRoleResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserRevokeRoleResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserRevokeRoleResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserRevokeRoleResponse;

        /**
         * Creates a plain object from an AuthUserRevokeRoleResponse message. Also converts values to other types if specified.
         * @param message AuthUserRevokeRoleResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserRevokeRoleResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserRevokeRoleResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserRevokeRoleResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleAddResponse. */
    interface IAuthRoleAddResponse {

        /** AuthRoleAddResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleAddResponse. */
    class AuthRoleAddResponse implements IAuthRoleAddResponse {

        /**
         * Constructs a new AuthRoleAddResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleAddResponse);

        /** AuthRoleAddResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleAddResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleAddResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleAddResponse): etcdserverpb.AuthRoleAddResponse;

        /**
         * Encodes the specified AuthRoleAddResponse message. Does not implicitly {@link etcdserverpb.AuthRoleAddResponse.verify|verify} messages.
         * @param message AuthRoleAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleAddResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleAddResponse.verify|verify} messages.
         * @param message AuthRoleAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleAddResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleAddResponse;

        /**
         * Decodes an AuthRoleAddResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleAddResponse;

        /**
         * Verifies an AuthRoleAddResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleAddResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleAddResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleAddResponse;

        /**
         * Creates a plain object from an AuthRoleAddResponse message. Also converts values to other types if specified.
         * @param message AuthRoleAddResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleAddResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleAddResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleAddResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGetResponse. */
    interface IAuthRoleGetResponse {

        /** AuthRoleGetResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleGetResponse perm */
        perm?: (authpb.IPermission[]|null);
    }

    /** Represents an AuthRoleGetResponse. */
    class AuthRoleGetResponse implements IAuthRoleGetResponse {

        /**
         * Constructs a new AuthRoleGetResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGetResponse);

        /** AuthRoleGetResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleGetResponse perm. */
        public perm: authpb.IPermission[];

        /**
         * Creates a new AuthRoleGetResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGetResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGetResponse): etcdserverpb.AuthRoleGetResponse;

        /**
         * Encodes the specified AuthRoleGetResponse message. Does not implicitly {@link etcdserverpb.AuthRoleGetResponse.verify|verify} messages.
         * @param message AuthRoleGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleGetResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleGetResponse.verify|verify} messages.
         * @param message AuthRoleGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGetResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGetResponse;

        /**
         * Decodes an AuthRoleGetResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleGetResponse;

        /**
         * Verifies an AuthRoleGetResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleGetResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleGetResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleGetResponse;

        /**
         * Creates a plain object from an AuthRoleGetResponse message. Also converts values to other types if specified.
         * @param message AuthRoleGetResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleGetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleGetResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleGetResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleListResponse. */
    interface IAuthRoleListResponse {

        /** AuthRoleListResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleListResponse roles */
        roles?: (string[]|null);
    }

    /** Represents an AuthRoleListResponse. */
    class AuthRoleListResponse implements IAuthRoleListResponse {

        /**
         * Constructs a new AuthRoleListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleListResponse);

        /** AuthRoleListResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleListResponse roles. */
        public roles: string[];

        /**
         * Creates a new AuthRoleListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleListResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleListResponse): etcdserverpb.AuthRoleListResponse;

        /**
         * Encodes the specified AuthRoleListResponse message. Does not implicitly {@link etcdserverpb.AuthRoleListResponse.verify|verify} messages.
         * @param message AuthRoleListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleListResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleListResponse.verify|verify} messages.
         * @param message AuthRoleListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleListResponse;

        /**
         * Decodes an AuthRoleListResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleListResponse;

        /**
         * Verifies an AuthRoleListResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleListResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleListResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleListResponse;

        /**
         * Creates a plain object from an AuthRoleListResponse message. Also converts values to other types if specified.
         * @param message AuthRoleListResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleListResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleListResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserListResponse. */
    interface IAuthUserListResponse {

        /** AuthUserListResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserListResponse users */
        users?: (string[]|null);
    }

    /** Represents an AuthUserListResponse. */
    class AuthUserListResponse implements IAuthUserListResponse {

        /**
         * Constructs a new AuthUserListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserListResponse);

        /** AuthUserListResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserListResponse users. */
        public users: string[];

        /**
         * Creates a new AuthUserListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserListResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserListResponse): etcdserverpb.AuthUserListResponse;

        /**
         * Encodes the specified AuthUserListResponse message. Does not implicitly {@link etcdserverpb.AuthUserListResponse.verify|verify} messages.
         * @param message AuthUserListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthUserListResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthUserListResponse.verify|verify} messages.
         * @param message AuthUserListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthUserListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserListResponse;

        /**
         * Decodes an AuthUserListResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthUserListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthUserListResponse;

        /**
         * Verifies an AuthUserListResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthUserListResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthUserListResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthUserListResponse;

        /**
         * Creates a plain object from an AuthUserListResponse message. Also converts values to other types if specified.
         * @param message AuthUserListResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthUserListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthUserListResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthUserListResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleDeleteResponse. */
    interface IAuthRoleDeleteResponse {

        /** AuthRoleDeleteResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleDeleteResponse. */
    class AuthRoleDeleteResponse implements IAuthRoleDeleteResponse {

        /**
         * Constructs a new AuthRoleDeleteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleDeleteResponse);

        /** AuthRoleDeleteResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleDeleteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleDeleteResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleDeleteResponse): etcdserverpb.AuthRoleDeleteResponse;

        /**
         * Encodes the specified AuthRoleDeleteResponse message. Does not implicitly {@link etcdserverpb.AuthRoleDeleteResponse.verify|verify} messages.
         * @param message AuthRoleDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleDeleteResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleDeleteResponse.verify|verify} messages.
         * @param message AuthRoleDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleDeleteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleDeleteResponse;

        /**
         * Decodes an AuthRoleDeleteResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleDeleteResponse;

        /**
         * Verifies an AuthRoleDeleteResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleDeleteResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleDeleteResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleDeleteResponse;

        /**
         * Creates a plain object from an AuthRoleDeleteResponse message. Also converts values to other types if specified.
         * @param message AuthRoleDeleteResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleDeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleDeleteResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleDeleteResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGrantPermissionResponse. */
    interface IAuthRoleGrantPermissionResponse {

        /** AuthRoleGrantPermissionResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleGrantPermissionResponse. */
    class AuthRoleGrantPermissionResponse implements IAuthRoleGrantPermissionResponse {

        /**
         * Constructs a new AuthRoleGrantPermissionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGrantPermissionResponse);

        /** AuthRoleGrantPermissionResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleGrantPermissionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGrantPermissionResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGrantPermissionResponse): etcdserverpb.AuthRoleGrantPermissionResponse;

        /**
         * Encodes the specified AuthRoleGrantPermissionResponse message. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionResponse.verify|verify} messages.
         * @param message AuthRoleGrantPermissionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGrantPermissionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleGrantPermissionResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionResponse.verify|verify} messages.
         * @param message AuthRoleGrantPermissionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleGrantPermissionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGrantPermissionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGrantPermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGrantPermissionResponse;

        /**
         * Decodes an AuthRoleGrantPermissionResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleGrantPermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleGrantPermissionResponse;

        /**
         * Verifies an AuthRoleGrantPermissionResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleGrantPermissionResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleGrantPermissionResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleGrantPermissionResponse;

        /**
         * Creates a plain object from an AuthRoleGrantPermissionResponse message. Also converts values to other types if specified.
         * @param message AuthRoleGrantPermissionResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleGrantPermissionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleGrantPermissionResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleGrantPermissionResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleRevokePermissionResponse. */
    interface IAuthRoleRevokePermissionResponse {

        /** AuthRoleRevokePermissionResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleRevokePermissionResponse. */
    class AuthRoleRevokePermissionResponse implements IAuthRoleRevokePermissionResponse {

        /**
         * Constructs a new AuthRoleRevokePermissionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleRevokePermissionResponse);

        /** AuthRoleRevokePermissionResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleRevokePermissionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleRevokePermissionResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleRevokePermissionResponse): etcdserverpb.AuthRoleRevokePermissionResponse;

        /**
         * Encodes the specified AuthRoleRevokePermissionResponse message. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionResponse.verify|verify} messages.
         * @param message AuthRoleRevokePermissionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleRevokePermissionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuthRoleRevokePermissionResponse message, length delimited. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionResponse.verify|verify} messages.
         * @param message AuthRoleRevokePermissionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: etcdserverpb.IAuthRoleRevokePermissionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleRevokePermissionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleRevokePermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleRevokePermissionResponse;

        /**
         * Decodes an AuthRoleRevokePermissionResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns AuthRoleRevokePermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): etcdserverpb.AuthRoleRevokePermissionResponse;

        /**
         * Verifies an AuthRoleRevokePermissionResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an AuthRoleRevokePermissionResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthRoleRevokePermissionResponse
         */
        public static fromObject(object: { [k: string]: any }): etcdserverpb.AuthRoleRevokePermissionResponse;

        /**
         * Creates a plain object from an AuthRoleRevokePermissionResponse message. Also converts values to other types if specified.
         * @param message AuthRoleRevokePermissionResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: etcdserverpb.AuthRoleRevokePermissionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthRoleRevokePermissionResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for AuthRoleRevokePermissionResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace mvccpb. */
export namespace mvccpb {

    /** Properties of a KeyValue. */
    interface IKeyValue {

        /** KeyValue key */
        key?: (Uint8Array|null);

        /** KeyValue createRevision */
        createRevision?: (number|Long|null);

        /** KeyValue modRevision */
        modRevision?: (number|Long|null);

        /** KeyValue version */
        version?: (number|Long|null);

        /** KeyValue value */
        value?: (Uint8Array|null);

        /** KeyValue lease */
        lease?: (number|Long|null);
    }

    /** Represents a KeyValue. */
    class KeyValue implements IKeyValue {

        /**
         * Constructs a new KeyValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: mvccpb.IKeyValue);

        /** KeyValue key. */
        public key: Uint8Array;

        /** KeyValue createRevision. */
        public createRevision: (number|Long);

        /** KeyValue modRevision. */
        public modRevision: (number|Long);

        /** KeyValue version. */
        public version: (number|Long);

        /** KeyValue value. */
        public value: Uint8Array;

        /** KeyValue lease. */
        public lease: (number|Long);

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyValue instance
         */
        public static create(properties?: mvccpb.IKeyValue): mvccpb.KeyValue;

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link mvccpb.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: mvccpb.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified KeyValue message, length delimited. Does not implicitly {@link mvccpb.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: mvccpb.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mvccpb.KeyValue;

        /**
         * Decodes a KeyValue message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mvccpb.KeyValue;

        /**
         * Verifies a KeyValue message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeyValue
         */
        public static fromObject(object: { [k: string]: any }): mvccpb.KeyValue;

        /**
         * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
         * @param message KeyValue
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: mvccpb.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyValue to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for KeyValue
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an Event. */
    interface IEvent {

        /** Event type */
        type?: (mvccpb.Event.EventType|null);

        /** Event kv */
        kv?: (mvccpb.IKeyValue|null);

        /** Event prevKv */
        prevKv?: (mvccpb.IKeyValue|null);
    }

    /** Represents an Event. */
    class Event implements IEvent {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: mvccpb.IEvent);

        /** Event type. */
        public type: mvccpb.Event.EventType;

        /** Event kv. */
        public kv?: (mvccpb.IKeyValue|null);

        /** Event prevKv. */
        public prevKv?: (mvccpb.IKeyValue|null);

        /**
         * Creates a new Event instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Event instance
         */
        public static create(properties?: mvccpb.IEvent): mvccpb.Event;

        /**
         * Encodes the specified Event message. Does not implicitly {@link mvccpb.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: mvccpb.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link mvccpb.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: mvccpb.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mvccpb.Event;

        /**
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mvccpb.Event;

        /**
         * Verifies an Event message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Event
         */
        public static fromObject(object: { [k: string]: any }): mvccpb.Event;

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @param message Event
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: mvccpb.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Event to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Event
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Event {

        /** EventType enum. */
        enum EventType {
            PUT = 0,
            DELETE = 1
        }
    }
}

/** Namespace authpb. */
export namespace authpb {

    /** Properties of a UserAddOptions. */
    interface IUserAddOptions {

        /** UserAddOptions noPassword */
        noPassword?: (boolean|null);
    }

    /** Represents a UserAddOptions. */
    class UserAddOptions implements IUserAddOptions {

        /**
         * Constructs a new UserAddOptions.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IUserAddOptions);

        /** UserAddOptions noPassword. */
        public noPassword: boolean;

        /**
         * Creates a new UserAddOptions instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UserAddOptions instance
         */
        public static create(properties?: authpb.IUserAddOptions): authpb.UserAddOptions;

        /**
         * Encodes the specified UserAddOptions message. Does not implicitly {@link authpb.UserAddOptions.verify|verify} messages.
         * @param message UserAddOptions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IUserAddOptions, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UserAddOptions message, length delimited. Does not implicitly {@link authpb.UserAddOptions.verify|verify} messages.
         * @param message UserAddOptions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: authpb.IUserAddOptions, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UserAddOptions message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UserAddOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.UserAddOptions;

        /**
         * Decodes a UserAddOptions message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns UserAddOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): authpb.UserAddOptions;

        /**
         * Verifies a UserAddOptions message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a UserAddOptions message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UserAddOptions
         */
        public static fromObject(object: { [k: string]: any }): authpb.UserAddOptions;

        /**
         * Creates a plain object from a UserAddOptions message. Also converts values to other types if specified.
         * @param message UserAddOptions
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: authpb.UserAddOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UserAddOptions to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for UserAddOptions
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a User. */
    interface IUser {

        /** User name */
        name?: (Uint8Array|null);

        /** User password */
        password?: (Uint8Array|null);

        /** User roles */
        roles?: (string[]|null);

        /** User options */
        options?: (authpb.IUserAddOptions|null);
    }

    /** Represents a User. */
    class User implements IUser {

        /**
         * Constructs a new User.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IUser);

        /** User name. */
        public name: Uint8Array;

        /** User password. */
        public password: Uint8Array;

        /** User roles. */
        public roles: string[];

        /** User options. */
        public options?: (authpb.IUserAddOptions|null);

        /**
         * Creates a new User instance using the specified properties.
         * @param [properties] Properties to set
         * @returns User instance
         */
        public static create(properties?: authpb.IUser): authpb.User;

        /**
         * Encodes the specified User message. Does not implicitly {@link authpb.User.verify|verify} messages.
         * @param message User message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified User message, length delimited. Does not implicitly {@link authpb.User.verify|verify} messages.
         * @param message User message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: authpb.IUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a User message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.User;

        /**
         * Decodes a User message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): authpb.User;

        /**
         * Verifies a User message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a User message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns User
         */
        public static fromObject(object: { [k: string]: any }): authpb.User;

        /**
         * Creates a plain object from a User message. Also converts values to other types if specified.
         * @param message User
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: authpb.User, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this User to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for User
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Permission. */
    interface IPermission {

        /** Permission permType */
        permType?: (authpb.Permission.Type|null);

        /** Permission key */
        key?: (Uint8Array|null);

        /** Permission rangeEnd */
        rangeEnd?: (Uint8Array|null);
    }

    /** Represents a Permission. */
    class Permission implements IPermission {

        /**
         * Constructs a new Permission.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IPermission);

        /** Permission permType. */
        public permType: authpb.Permission.Type;

        /** Permission key. */
        public key: Uint8Array;

        /** Permission rangeEnd. */
        public rangeEnd: Uint8Array;

        /**
         * Creates a new Permission instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Permission instance
         */
        public static create(properties?: authpb.IPermission): authpb.Permission;

        /**
         * Encodes the specified Permission message. Does not implicitly {@link authpb.Permission.verify|verify} messages.
         * @param message Permission message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IPermission, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Permission message, length delimited. Does not implicitly {@link authpb.Permission.verify|verify} messages.
         * @param message Permission message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: authpb.IPermission, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Permission message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Permission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.Permission;

        /**
         * Decodes a Permission message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Permission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): authpb.Permission;

        /**
         * Verifies a Permission message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Permission message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Permission
         */
        public static fromObject(object: { [k: string]: any }): authpb.Permission;

        /**
         * Creates a plain object from a Permission message. Also converts values to other types if specified.
         * @param message Permission
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: authpb.Permission, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Permission to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Permission
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Permission {

        /** Type enum. */
        enum Type {
            READ = 0,
            WRITE = 1,
            READWRITE = 2
        }
    }

    /** Properties of a Role. */
    interface IRole {

        /** Role name */
        name?: (Uint8Array|null);

        /** Role keyPermission */
        keyPermission?: (authpb.IPermission[]|null);
    }

    /** Represents a Role. */
    class Role implements IRole {

        /**
         * Constructs a new Role.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IRole);

        /** Role name. */
        public name: Uint8Array;

        /** Role keyPermission. */
        public keyPermission: authpb.IPermission[];

        /**
         * Creates a new Role instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Role instance
         */
        public static create(properties?: authpb.IRole): authpb.Role;

        /**
         * Encodes the specified Role message. Does not implicitly {@link authpb.Role.verify|verify} messages.
         * @param message Role message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IRole, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Role message, length delimited. Does not implicitly {@link authpb.Role.verify|verify} messages.
         * @param message Role message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: authpb.IRole, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Role message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Role
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.Role;

        /**
         * Decodes a Role message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns Role
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): authpb.Role;

        /**
         * Verifies a Role message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Role message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Role
         */
        public static fromObject(object: { [k: string]: any }): authpb.Role;

        /**
         * Creates a plain object from a Role message. Also converts values to other types if specified.
         * @param message Role
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: authpb.Role, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Role to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for Role
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace v3lockpb. */
export namespace v3lockpb {

    /** Properties of a LockRequest. */
    interface ILockRequest {

        /** LockRequest name */
        name?: (Uint8Array|null);

        /** LockRequest lease */
        lease?: (number|Long|null);
    }

    /** Represents a LockRequest. */
    class LockRequest implements ILockRequest {

        /**
         * Constructs a new LockRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3lockpb.ILockRequest);

        /** LockRequest name. */
        public name: Uint8Array;

        /** LockRequest lease. */
        public lease: (number|Long);

        /**
         * Creates a new LockRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LockRequest instance
         */
        public static create(properties?: v3lockpb.ILockRequest): v3lockpb.LockRequest;

        /**
         * Encodes the specified LockRequest message. Does not implicitly {@link v3lockpb.LockRequest.verify|verify} messages.
         * @param message LockRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3lockpb.ILockRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LockRequest message, length delimited. Does not implicitly {@link v3lockpb.LockRequest.verify|verify} messages.
         * @param message LockRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3lockpb.ILockRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LockRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LockRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3lockpb.LockRequest;

        /**
         * Decodes a LockRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LockRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3lockpb.LockRequest;

        /**
         * Verifies a LockRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LockRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LockRequest
         */
        public static fromObject(object: { [k: string]: any }): v3lockpb.LockRequest;

        /**
         * Creates a plain object from a LockRequest message. Also converts values to other types if specified.
         * @param message LockRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3lockpb.LockRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LockRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LockRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LockResponse. */
    interface ILockResponse {

        /** LockResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LockResponse key */
        key?: (Uint8Array|null);
    }

    /** Represents a LockResponse. */
    class LockResponse implements ILockResponse {

        /**
         * Constructs a new LockResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3lockpb.ILockResponse);

        /** LockResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LockResponse key. */
        public key: Uint8Array;

        /**
         * Creates a new LockResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LockResponse instance
         */
        public static create(properties?: v3lockpb.ILockResponse): v3lockpb.LockResponse;

        /**
         * Encodes the specified LockResponse message. Does not implicitly {@link v3lockpb.LockResponse.verify|verify} messages.
         * @param message LockResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3lockpb.ILockResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LockResponse message, length delimited. Does not implicitly {@link v3lockpb.LockResponse.verify|verify} messages.
         * @param message LockResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3lockpb.ILockResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LockResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LockResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3lockpb.LockResponse;

        /**
         * Decodes a LockResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LockResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3lockpb.LockResponse;

        /**
         * Verifies a LockResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LockResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LockResponse
         */
        public static fromObject(object: { [k: string]: any }): v3lockpb.LockResponse;

        /**
         * Creates a plain object from a LockResponse message. Also converts values to other types if specified.
         * @param message LockResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3lockpb.LockResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LockResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LockResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UnlockRequest. */
    interface IUnlockRequest {

        /** UnlockRequest key */
        key?: (Uint8Array|null);
    }

    /** Represents an UnlockRequest. */
    class UnlockRequest implements IUnlockRequest {

        /**
         * Constructs a new UnlockRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3lockpb.IUnlockRequest);

        /** UnlockRequest key. */
        public key: Uint8Array;

        /**
         * Creates a new UnlockRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlockRequest instance
         */
        public static create(properties?: v3lockpb.IUnlockRequest): v3lockpb.UnlockRequest;

        /**
         * Encodes the specified UnlockRequest message. Does not implicitly {@link v3lockpb.UnlockRequest.verify|verify} messages.
         * @param message UnlockRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3lockpb.IUnlockRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UnlockRequest message, length delimited. Does not implicitly {@link v3lockpb.UnlockRequest.verify|verify} messages.
         * @param message UnlockRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3lockpb.IUnlockRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlockRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlockRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3lockpb.UnlockRequest;

        /**
         * Decodes an UnlockRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns UnlockRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3lockpb.UnlockRequest;

        /**
         * Verifies an UnlockRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an UnlockRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlockRequest
         */
        public static fromObject(object: { [k: string]: any }): v3lockpb.UnlockRequest;

        /**
         * Creates a plain object from an UnlockRequest message. Also converts values to other types if specified.
         * @param message UnlockRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3lockpb.UnlockRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlockRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for UnlockRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UnlockResponse. */
    interface IUnlockResponse {

        /** UnlockResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an UnlockResponse. */
    class UnlockResponse implements IUnlockResponse {

        /**
         * Constructs a new UnlockResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3lockpb.IUnlockResponse);

        /** UnlockResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new UnlockResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlockResponse instance
         */
        public static create(properties?: v3lockpb.IUnlockResponse): v3lockpb.UnlockResponse;

        /**
         * Encodes the specified UnlockResponse message. Does not implicitly {@link v3lockpb.UnlockResponse.verify|verify} messages.
         * @param message UnlockResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3lockpb.IUnlockResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UnlockResponse message, length delimited. Does not implicitly {@link v3lockpb.UnlockResponse.verify|verify} messages.
         * @param message UnlockResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3lockpb.IUnlockResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlockResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlockResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3lockpb.UnlockResponse;

        /**
         * Decodes an UnlockResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns UnlockResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3lockpb.UnlockResponse;

        /**
         * Verifies an UnlockResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an UnlockResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlockResponse
         */
        public static fromObject(object: { [k: string]: any }): v3lockpb.UnlockResponse;

        /**
         * Creates a plain object from an UnlockResponse message. Also converts values to other types if specified.
         * @param message UnlockResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3lockpb.UnlockResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlockResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for UnlockResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace v3electionpb. */
export namespace v3electionpb {

    /** Properties of a CampaignRequest. */
    interface ICampaignRequest {

        /** CampaignRequest name */
        name?: (Uint8Array|null);

        /** CampaignRequest lease */
        lease?: (number|Long|null);

        /** CampaignRequest value */
        value?: (Uint8Array|null);
    }

    /** Represents a CampaignRequest. */
    class CampaignRequest implements ICampaignRequest {

        /**
         * Constructs a new CampaignRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.ICampaignRequest);

        /** CampaignRequest name. */
        public name: Uint8Array;

        /** CampaignRequest lease. */
        public lease: (number|Long);

        /** CampaignRequest value. */
        public value: Uint8Array;

        /**
         * Creates a new CampaignRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CampaignRequest instance
         */
        public static create(properties?: v3electionpb.ICampaignRequest): v3electionpb.CampaignRequest;

        /**
         * Encodes the specified CampaignRequest message. Does not implicitly {@link v3electionpb.CampaignRequest.verify|verify} messages.
         * @param message CampaignRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.ICampaignRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CampaignRequest message, length delimited. Does not implicitly {@link v3electionpb.CampaignRequest.verify|verify} messages.
         * @param message CampaignRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.ICampaignRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CampaignRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CampaignRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.CampaignRequest;

        /**
         * Decodes a CampaignRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CampaignRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.CampaignRequest;

        /**
         * Verifies a CampaignRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CampaignRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CampaignRequest
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.CampaignRequest;

        /**
         * Creates a plain object from a CampaignRequest message. Also converts values to other types if specified.
         * @param message CampaignRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.CampaignRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CampaignRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CampaignRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CampaignResponse. */
    interface ICampaignResponse {

        /** CampaignResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** CampaignResponse leader */
        leader?: (v3electionpb.ILeaderKey|null);
    }

    /** Represents a CampaignResponse. */
    class CampaignResponse implements ICampaignResponse {

        /**
         * Constructs a new CampaignResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.ICampaignResponse);

        /** CampaignResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** CampaignResponse leader. */
        public leader?: (v3electionpb.ILeaderKey|null);

        /**
         * Creates a new CampaignResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CampaignResponse instance
         */
        public static create(properties?: v3electionpb.ICampaignResponse): v3electionpb.CampaignResponse;

        /**
         * Encodes the specified CampaignResponse message. Does not implicitly {@link v3electionpb.CampaignResponse.verify|verify} messages.
         * @param message CampaignResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.ICampaignResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CampaignResponse message, length delimited. Does not implicitly {@link v3electionpb.CampaignResponse.verify|verify} messages.
         * @param message CampaignResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.ICampaignResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CampaignResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CampaignResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.CampaignResponse;

        /**
         * Decodes a CampaignResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns CampaignResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.CampaignResponse;

        /**
         * Verifies a CampaignResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a CampaignResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CampaignResponse
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.CampaignResponse;

        /**
         * Creates a plain object from a CampaignResponse message. Also converts values to other types if specified.
         * @param message CampaignResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.CampaignResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CampaignResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for CampaignResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaderKey. */
    interface ILeaderKey {

        /** LeaderKey name */
        name?: (Uint8Array|null);

        /** LeaderKey key */
        key?: (Uint8Array|null);

        /** LeaderKey rev */
        rev?: (number|Long|null);

        /** LeaderKey lease */
        lease?: (number|Long|null);
    }

    /** Represents a LeaderKey. */
    class LeaderKey implements ILeaderKey {

        /**
         * Constructs a new LeaderKey.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.ILeaderKey);

        /** LeaderKey name. */
        public name: Uint8Array;

        /** LeaderKey key. */
        public key: Uint8Array;

        /** LeaderKey rev. */
        public rev: (number|Long);

        /** LeaderKey lease. */
        public lease: (number|Long);

        /**
         * Creates a new LeaderKey instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaderKey instance
         */
        public static create(properties?: v3electionpb.ILeaderKey): v3electionpb.LeaderKey;

        /**
         * Encodes the specified LeaderKey message. Does not implicitly {@link v3electionpb.LeaderKey.verify|verify} messages.
         * @param message LeaderKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.ILeaderKey, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaderKey message, length delimited. Does not implicitly {@link v3electionpb.LeaderKey.verify|verify} messages.
         * @param message LeaderKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.ILeaderKey, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaderKey message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaderKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.LeaderKey;

        /**
         * Decodes a LeaderKey message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaderKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.LeaderKey;

        /**
         * Verifies a LeaderKey message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaderKey message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaderKey
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.LeaderKey;

        /**
         * Creates a plain object from a LeaderKey message. Also converts values to other types if specified.
         * @param message LeaderKey
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.LeaderKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaderKey to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaderKey
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaderRequest. */
    interface ILeaderRequest {

        /** LeaderRequest name */
        name?: (Uint8Array|null);
    }

    /** Represents a LeaderRequest. */
    class LeaderRequest implements ILeaderRequest {

        /**
         * Constructs a new LeaderRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.ILeaderRequest);

        /** LeaderRequest name. */
        public name: Uint8Array;

        /**
         * Creates a new LeaderRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaderRequest instance
         */
        public static create(properties?: v3electionpb.ILeaderRequest): v3electionpb.LeaderRequest;

        /**
         * Encodes the specified LeaderRequest message. Does not implicitly {@link v3electionpb.LeaderRequest.verify|verify} messages.
         * @param message LeaderRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.ILeaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaderRequest message, length delimited. Does not implicitly {@link v3electionpb.LeaderRequest.verify|verify} messages.
         * @param message LeaderRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.ILeaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaderRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaderRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.LeaderRequest;

        /**
         * Decodes a LeaderRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaderRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.LeaderRequest;

        /**
         * Verifies a LeaderRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaderRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaderRequest
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.LeaderRequest;

        /**
         * Creates a plain object from a LeaderRequest message. Also converts values to other types if specified.
         * @param message LeaderRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.LeaderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaderRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaderRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaderResponse. */
    interface ILeaderResponse {

        /** LeaderResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaderResponse kv */
        kv?: (mvccpb.IKeyValue|null);
    }

    /** Represents a LeaderResponse. */
    class LeaderResponse implements ILeaderResponse {

        /**
         * Constructs a new LeaderResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.ILeaderResponse);

        /** LeaderResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaderResponse kv. */
        public kv?: (mvccpb.IKeyValue|null);

        /**
         * Creates a new LeaderResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaderResponse instance
         */
        public static create(properties?: v3electionpb.ILeaderResponse): v3electionpb.LeaderResponse;

        /**
         * Encodes the specified LeaderResponse message. Does not implicitly {@link v3electionpb.LeaderResponse.verify|verify} messages.
         * @param message LeaderResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.ILeaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaderResponse message, length delimited. Does not implicitly {@link v3electionpb.LeaderResponse.verify|verify} messages.
         * @param message LeaderResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.ILeaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaderResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaderResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.LeaderResponse;

        /**
         * Decodes a LeaderResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns LeaderResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.LeaderResponse;

        /**
         * Verifies a LeaderResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a LeaderResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LeaderResponse
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.LeaderResponse;

        /**
         * Creates a plain object from a LeaderResponse message. Also converts values to other types if specified.
         * @param message LeaderResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.LeaderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeaderResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for LeaderResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ResignRequest. */
    interface IResignRequest {

        /** ResignRequest leader */
        leader?: (v3electionpb.ILeaderKey|null);
    }

    /** Represents a ResignRequest. */
    class ResignRequest implements IResignRequest {

        /**
         * Constructs a new ResignRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.IResignRequest);

        /** ResignRequest leader. */
        public leader?: (v3electionpb.ILeaderKey|null);

        /**
         * Creates a new ResignRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResignRequest instance
         */
        public static create(properties?: v3electionpb.IResignRequest): v3electionpb.ResignRequest;

        /**
         * Encodes the specified ResignRequest message. Does not implicitly {@link v3electionpb.ResignRequest.verify|verify} messages.
         * @param message ResignRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.IResignRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ResignRequest message, length delimited. Does not implicitly {@link v3electionpb.ResignRequest.verify|verify} messages.
         * @param message ResignRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.IResignRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResignRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResignRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.ResignRequest;

        /**
         * Decodes a ResignRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ResignRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.ResignRequest;

        /**
         * Verifies a ResignRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ResignRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResignRequest
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.ResignRequest;

        /**
         * Creates a plain object from a ResignRequest message. Also converts values to other types if specified.
         * @param message ResignRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.ResignRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResignRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ResignRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ResignResponse. */
    interface IResignResponse {

        /** ResignResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a ResignResponse. */
    class ResignResponse implements IResignResponse {

        /**
         * Constructs a new ResignResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.IResignResponse);

        /** ResignResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new ResignResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResignResponse instance
         */
        public static create(properties?: v3electionpb.IResignResponse): v3electionpb.ResignResponse;

        /**
         * Encodes the specified ResignResponse message. Does not implicitly {@link v3electionpb.ResignResponse.verify|verify} messages.
         * @param message ResignResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.IResignResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ResignResponse message, length delimited. Does not implicitly {@link v3electionpb.ResignResponse.verify|verify} messages.
         * @param message ResignResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.IResignResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResignResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResignResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.ResignResponse;

        /**
         * Decodes a ResignResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ResignResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.ResignResponse;

        /**
         * Verifies a ResignResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ResignResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResignResponse
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.ResignResponse;

        /**
         * Creates a plain object from a ResignResponse message. Also converts values to other types if specified.
         * @param message ResignResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.ResignResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResignResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ResignResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ProclaimRequest. */
    interface IProclaimRequest {

        /** ProclaimRequest leader */
        leader?: (v3electionpb.ILeaderKey|null);

        /** ProclaimRequest value */
        value?: (Uint8Array|null);
    }

    /** Represents a ProclaimRequest. */
    class ProclaimRequest implements IProclaimRequest {

        /**
         * Constructs a new ProclaimRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.IProclaimRequest);

        /** ProclaimRequest leader. */
        public leader?: (v3electionpb.ILeaderKey|null);

        /** ProclaimRequest value. */
        public value: Uint8Array;

        /**
         * Creates a new ProclaimRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProclaimRequest instance
         */
        public static create(properties?: v3electionpb.IProclaimRequest): v3electionpb.ProclaimRequest;

        /**
         * Encodes the specified ProclaimRequest message. Does not implicitly {@link v3electionpb.ProclaimRequest.verify|verify} messages.
         * @param message ProclaimRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.IProclaimRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ProclaimRequest message, length delimited. Does not implicitly {@link v3electionpb.ProclaimRequest.verify|verify} messages.
         * @param message ProclaimRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.IProclaimRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProclaimRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ProclaimRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.ProclaimRequest;

        /**
         * Decodes a ProclaimRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ProclaimRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.ProclaimRequest;

        /**
         * Verifies a ProclaimRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ProclaimRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProclaimRequest
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.ProclaimRequest;

        /**
         * Creates a plain object from a ProclaimRequest message. Also converts values to other types if specified.
         * @param message ProclaimRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.ProclaimRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProclaimRequest to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ProclaimRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ProclaimResponse. */
    interface IProclaimResponse {

        /** ProclaimResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a ProclaimResponse. */
    class ProclaimResponse implements IProclaimResponse {

        /**
         * Constructs a new ProclaimResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: v3electionpb.IProclaimResponse);

        /** ProclaimResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new ProclaimResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProclaimResponse instance
         */
        public static create(properties?: v3electionpb.IProclaimResponse): v3electionpb.ProclaimResponse;

        /**
         * Encodes the specified ProclaimResponse message. Does not implicitly {@link v3electionpb.ProclaimResponse.verify|verify} messages.
         * @param message ProclaimResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: v3electionpb.IProclaimResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ProclaimResponse message, length delimited. Does not implicitly {@link v3electionpb.ProclaimResponse.verify|verify} messages.
         * @param message ProclaimResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encodeDelimited(message: v3electionpb.IProclaimResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProclaimResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ProclaimResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): v3electionpb.ProclaimResponse;

        /**
         * Decodes a ProclaimResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns ProclaimResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): v3electionpb.ProclaimResponse;

        /**
         * Verifies a ProclaimResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        public static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ProclaimResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ProclaimResponse
         */
        public static fromObject(object: { [k: string]: any }): v3electionpb.ProclaimResponse;

        /**
         * Creates a plain object from a ProclaimResponse message. Also converts values to other types if specified.
         * @param message ProclaimResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: v3electionpb.ProclaimResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ProclaimResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };

        /**
         * Gets the default type url for ProclaimResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace grpc. */
export namespace grpc {

    /** Namespace health. */
    namespace health {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a HealthCheckRequest. */
            interface IHealthCheckRequest {

                /** HealthCheckRequest service */
                service?: (string|null);
            }

            /** Represents a HealthCheckRequest. */
            class HealthCheckRequest implements IHealthCheckRequest {

                /**
                 * Constructs a new HealthCheckRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.IHealthCheckRequest);

                /** HealthCheckRequest service. */
                public service: string;

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckRequest instance
                 */
                public static create(properties?: grpc.health.v1.IHealthCheckRequest): grpc.health.v1.HealthCheckRequest;

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @param message HealthCheckRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: grpc.health.v1.IHealthCheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthCheckRequest message, length delimited. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @param message HealthCheckRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: grpc.health.v1.IHealthCheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckRequest;

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthCheckRequest;

                /**
                 * Verifies a HealthCheckRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthCheckRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthCheckRequest
                 */
                public static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckRequest;

                /**
                 * Creates a plain object from a HealthCheckRequest message. Also converts values to other types if specified.
                 * @param message HealthCheckRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: grpc.health.v1.HealthCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthCheckRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for HealthCheckRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a HealthCheckResponse. */
            interface IHealthCheckResponse {

                /** HealthCheckResponse status */
                status?: (grpc.health.v1.HealthCheckResponse.ServingStatus|null);
            }

            /** Represents a HealthCheckResponse. */
            class HealthCheckResponse implements IHealthCheckResponse {

                /**
                 * Constructs a new HealthCheckResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.IHealthCheckResponse);

                /** HealthCheckResponse status. */
                public status: grpc.health.v1.HealthCheckResponse.ServingStatus;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckResponse instance
                 */
                public static create(properties?: grpc.health.v1.IHealthCheckResponse): grpc.health.v1.HealthCheckResponse;

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @param message HealthCheckResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: grpc.health.v1.IHealthCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HealthCheckResponse message, length delimited. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @param message HealthCheckResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encodeDelimited(message: grpc.health.v1.IHealthCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckResponse;

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): grpc.health.v1.HealthCheckResponse;

                /**
                 * Verifies a HealthCheckResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                public static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthCheckResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthCheckResponse
                 */
                public static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckResponse;

                /**
                 * Creates a plain object from a HealthCheckResponse message. Also converts values to other types if specified.
                 * @param message HealthCheckResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: grpc.health.v1.HealthCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthCheckResponse to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for HealthCheckResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            namespace HealthCheckResponse {

                /** ServingStatus enum. */
                enum ServingStatus {
                    UNKNOWN = 0,
                    SERVING = 1,
                    NOT_SERVING = 2,
                    SERVICE_UNKNOWN = 3
                }
            }
        }
    }
}

/** Namespace regd. */
export namespace regd {

    /** Namespace raftpb. */
    namespace raftpb {

        /** MessageType enum. */
        enum MessageType {
            MESSAGE_TYPE_UNSPECIFIED = 0,
            MESSAGE_TYPE_PROP = 1,
            MESSAGE_TYPE_APP = 2,
            MESSAGE_TYPE_APP_RESP = 3,
            MESSAGE_TYPE_VOTE = 4,
            MESSAGE_TYPE_VOTE_RESP = 5,
            MESSAGE_TYPE_PRE_VOTE = 6,
            MESSAGE_TYPE_PRE_VOTE_RESP = 7,
            MESSAGE_TYPE_HEARTBEAT = 8,
            MESSAGE_TYPE_HEARTBEAT_RESP = 9,
            MESSAGE_TYPE_SNAP = 10,
            MESSAGE_TYPE_TIMEOUT_NOW = 11,
            MESSAGE_TYPE_READ_INDEX = 12,
            MESSAGE_TYPE_READ_INDEX_RESP = 13
        }

        /** Properties of a ConfState. */
        interface IConfState {

            /** ConfState voters */
            voters?: ((number|Long)[]|null);

            /** ConfState outgoing */
            outgoing?: ((number|Long)[]|null);

            /** ConfState learners */
            learners?: ((number|Long)[]|null);
        }

        /** Represents a ConfState. */
        class ConfState implements IConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.IConfState);

            /** ConfState voters. */
            public voters: (number|Long)[];

            /** ConfState outgoing. */
            public outgoing: (number|Long)[];

            /** ConfState learners. */
            public learners: (number|Long)[];

            /**
             * Creates a new ConfState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfState instance
             */
            public static create(properties?: regd.raftpb.IConfState): regd.raftpb.ConfState;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link regd.raftpb.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.IConfState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfState message, length delimited. Does not implicitly {@link regd.raftpb.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.IConfState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.ConfState;

            /**
             * Decodes a ConfState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.ConfState;

            /**
             * Verifies a ConfState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfState
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.ConfState;

            /**
             * Creates a plain object from a ConfState message. Also converts values to other types if specified.
             * @param message ConfState
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.ConfState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfState to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ConfState
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Entry. */
        interface IEntry {

            /** Entry term */
            term?: (number|Long|null);

            /** Entry index */
            index?: (number|Long|null);

            /** Entry data */
            data?: (Uint8Array|null);

            /** Entry conf */
            conf?: (regd.raftpb.IConfState|null);
        }

        /** Represents an Entry. */
        class Entry implements IEntry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.IEntry);

            /** Entry term. */
            public term: (number|Long);

            /** Entry index. */
            public index: (number|Long);

            /** Entry data. */
            public data: Uint8Array;

            /** Entry conf. */
            public conf?: (regd.raftpb.IConfState|null);

            /**
             * Creates a new Entry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Entry instance
             */
            public static create(properties?: regd.raftpb.IEntry): regd.raftpb.Entry;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link regd.raftpb.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.IEntry, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Entry message, length delimited. Does not implicitly {@link regd.raftpb.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.IEntry, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.Entry;

            /**
             * Decodes an Entry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.Entry;

            /**
             * Verifies an Entry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Entry
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.Entry;

            /**
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @param message Entry
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Entry to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Entry
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a HardState. */
        interface IHardState {

            /** HardState term */
            term?: (number|Long|null);

            /** HardState vote */
            vote?: (number|Long|null);

            /** HardState commit */
            commit?: (number|Long|null);
        }

        /** Represents a HardState. */
        class HardState implements IHardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.IHardState);

            /** HardState term. */
            public term: (number|Long);

            /** HardState vote. */
            public vote: (number|Long);

            /** HardState commit. */
            public commit: (number|Long);

            /**
             * Creates a new HardState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HardState instance
             */
            public static create(properties?: regd.raftpb.IHardState): regd.raftpb.HardState;

            /**
             * Encodes the specified HardState message. Does not implicitly {@link regd.raftpb.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.IHardState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HardState message, length delimited. Does not implicitly {@link regd.raftpb.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.IHardState, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.HardState;

            /**
             * Decodes a HardState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.HardState;

            /**
             * Verifies a HardState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HardState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HardState
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.HardState;

            /**
             * Creates a plain object from a HardState message. Also converts values to other types if specified.
             * @param message HardState
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.HardState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HardState to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for HardState
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SnapshotMeta. */
        interface ISnapshotMeta {

            /** SnapshotMeta index */
            index?: (number|Long|null);

            /** SnapshotMeta term */
            term?: (number|Long|null);

            /** SnapshotMeta conf */
            conf?: (regd.raftpb.IConfState|null);
        }

        /** Represents a SnapshotMeta. */
        class SnapshotMeta implements ISnapshotMeta {

            /**
             * Constructs a new SnapshotMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.ISnapshotMeta);

            /** SnapshotMeta index. */
            public index: (number|Long);

            /** SnapshotMeta term. */
            public term: (number|Long);

            /** SnapshotMeta conf. */
            public conf?: (regd.raftpb.IConfState|null);

            /**
             * Creates a new SnapshotMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotMeta instance
             */
            public static create(properties?: regd.raftpb.ISnapshotMeta): regd.raftpb.SnapshotMeta;

            /**
             * Encodes the specified SnapshotMeta message. Does not implicitly {@link regd.raftpb.SnapshotMeta.verify|verify} messages.
             * @param message SnapshotMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.ISnapshotMeta, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotMeta message, length delimited. Does not implicitly {@link regd.raftpb.SnapshotMeta.verify|verify} messages.
             * @param message SnapshotMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.ISnapshotMeta, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.SnapshotMeta;

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.SnapshotMeta;

            /**
             * Verifies a SnapshotMeta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotMeta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotMeta
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.SnapshotMeta;

            /**
             * Creates a plain object from a SnapshotMeta message. Also converts values to other types if specified.
             * @param message SnapshotMeta
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.SnapshotMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotMeta to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SnapshotMeta
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Snapshot. */
        interface ISnapshot {

            /** Snapshot meta */
            meta?: (regd.raftpb.ISnapshotMeta|null);

            /** Snapshot data */
            data?: (Uint8Array|null);
        }

        /** Represents a Snapshot. */
        class Snapshot implements ISnapshot {

            /**
             * Constructs a new Snapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.ISnapshot);

            /** Snapshot meta. */
            public meta?: (regd.raftpb.ISnapshotMeta|null);

            /** Snapshot data. */
            public data: Uint8Array;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Snapshot instance
             */
            public static create(properties?: regd.raftpb.ISnapshot): regd.raftpb.Snapshot;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link regd.raftpb.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.ISnapshot, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link regd.raftpb.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.ISnapshot, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.Snapshot;

            /**
             * Decodes a Snapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.Snapshot;

            /**
             * Verifies a Snapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Snapshot
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.Snapshot;

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @param message Snapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Snapshot to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Snapshot
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Message. */
        interface IMessage {

            /** Message type */
            type?: (regd.raftpb.MessageType|null);

            /** Message from */
            from?: (number|Long|null);

            /** Message to */
            to?: (number|Long|null);

            /** Message term */
            term?: (number|Long|null);

            /** Message logTerm */
            logTerm?: (number|Long|null);

            /** Message index */
            index?: (number|Long|null);

            /** Message entries */
            entries?: (regd.raftpb.IEntry[]|null);

            /** Message commit */
            commit?: (number|Long|null);

            /** Message reject */
            reject?: (boolean|null);

            /** Message rejectHint */
            rejectHint?: (number|Long|null);

            /** Message context */
            context?: (string|null);

            /** Message snapshot */
            snapshot?: (regd.raftpb.ISnapshot|null);
        }

        /** Represents a Message. */
        class Message implements IMessage {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.IMessage);

            /** Message type. */
            public type: regd.raftpb.MessageType;

            /** Message from. */
            public from: (number|Long);

            /** Message to. */
            public to: (number|Long);

            /** Message term. */
            public term: (number|Long);

            /** Message logTerm. */
            public logTerm: (number|Long);

            /** Message index. */
            public index: (number|Long);

            /** Message entries. */
            public entries: regd.raftpb.IEntry[];

            /** Message commit. */
            public commit: (number|Long);

            /** Message reject. */
            public reject: boolean;

            /** Message rejectHint. */
            public rejectHint: (number|Long);

            /** Message context. */
            public context: string;

            /** Message snapshot. */
            public snapshot?: (regd.raftpb.ISnapshot|null);

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            public static create(properties?: regd.raftpb.IMessage): regd.raftpb.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link regd.raftpb.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.IMessage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link regd.raftpb.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.IMessage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.Message;

            /**
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.Message;

            /**
             * Verifies a Message message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Message
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a MessageBatch. */
        interface IMessageBatch {

            /** MessageBatch clusterId */
            clusterId?: (number|Long|null);

            /** MessageBatch from */
            from?: (number|Long|null);

            /** MessageBatch to */
            to?: (number|Long|null);

            /** MessageBatch messages */
            messages?: (regd.raftpb.IMessage[]|null);
        }

        /** Represents a MessageBatch. */
        class MessageBatch implements IMessageBatch {

            /**
             * Constructs a new MessageBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.IMessageBatch);

            /** MessageBatch clusterId. */
            public clusterId: (number|Long);

            /** MessageBatch from. */
            public from: (number|Long);

            /** MessageBatch to. */
            public to: (number|Long);

            /** MessageBatch messages. */
            public messages: regd.raftpb.IMessage[];

            /**
             * Creates a new MessageBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageBatch instance
             */
            public static create(properties?: regd.raftpb.IMessageBatch): regd.raftpb.MessageBatch;

            /**
             * Encodes the specified MessageBatch message. Does not implicitly {@link regd.raftpb.MessageBatch.verify|verify} messages.
             * @param message MessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.IMessageBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MessageBatch message, length delimited. Does not implicitly {@link regd.raftpb.MessageBatch.verify|verify} messages.
             * @param message MessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.IMessageBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.MessageBatch;

            /**
             * Decodes a MessageBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns MessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.MessageBatch;

            /**
             * Verifies a MessageBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageBatch
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.MessageBatch;

            /**
             * Creates a plain object from a MessageBatch message. Also converts values to other types if specified.
             * @param message MessageBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.MessageBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageBatch to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for MessageBatch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SnapshotChunk. */
        interface ISnapshotChunk {

            /** SnapshotChunk clusterId */
            clusterId?: (number|Long|null);

            /** SnapshotChunk from */
            from?: (number|Long|null);

            /** SnapshotChunk to */
            to?: (number|Long|null);

            /** SnapshotChunk message */
            message?: (regd.raftpb.IMessage|null);

            /** SnapshotChunk totalBytes */
            totalBytes?: (number|Long|null);

            /** SnapshotChunk data */
            data?: (Uint8Array|null);
        }

        /** Represents a SnapshotChunk. */
        class SnapshotChunk implements ISnapshotChunk {

            /**
             * Constructs a new SnapshotChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.ISnapshotChunk);

            /** SnapshotChunk clusterId. */
            public clusterId: (number|Long);

            /** SnapshotChunk from. */
            public from: (number|Long);

            /** SnapshotChunk to. */
            public to: (number|Long);

            /** SnapshotChunk message. */
            public message?: (regd.raftpb.IMessage|null);

            /** SnapshotChunk totalBytes. */
            public totalBytes: (number|Long);

            /** SnapshotChunk data. */
            public data: Uint8Array;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotChunk instance
             */
            public static create(properties?: regd.raftpb.ISnapshotChunk): regd.raftpb.SnapshotChunk;

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link regd.raftpb.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.ISnapshotChunk, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link regd.raftpb.SnapshotChunk.verify|verify} messages.
             * @param message SnapshotChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.ISnapshotChunk, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.SnapshotChunk;

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.SnapshotChunk;

            /**
             * Verifies a SnapshotChunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotChunk
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.SnapshotChunk;

            /**
             * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
             * @param message SnapshotChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.SnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotChunk to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SnapshotChunk
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** RejectReason enum. */
        enum RejectReason {
            REJECT_REASON_NONE = 0,
            REJECT_REASON_CLUSTER_MISMATCH = 1,
            REJECT_REASON_WRONG_MEMBER = 2,
            REJECT_REASON_MEMBER_REMOVED = 3,
            REJECT_REASON_STOPPING = 4,
            REJECT_REASON_MALFORMED = 5
        }

        /** Properties of a SendReply. */
        interface ISendReply {

            /** SendReply reason */
            reason?: (regd.raftpb.RejectReason|null);

            /** SendReply detail */
            detail?: (string|null);

            /** SendReply clusterId */
            clusterId?: (number|Long|null);

            /** SendReply memberId */
            memberId?: (number|Long|null);
        }

        /** Represents a SendReply. */
        class SendReply implements ISendReply {

            /**
             * Constructs a new SendReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.raftpb.ISendReply);

            /** SendReply reason. */
            public reason: regd.raftpb.RejectReason;

            /** SendReply detail. */
            public detail: string;

            /** SendReply clusterId. */
            public clusterId: (number|Long);

            /** SendReply memberId. */
            public memberId: (number|Long);

            /**
             * Creates a new SendReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendReply instance
             */
            public static create(properties?: regd.raftpb.ISendReply): regd.raftpb.SendReply;

            /**
             * Encodes the specified SendReply message. Does not implicitly {@link regd.raftpb.SendReply.verify|verify} messages.
             * @param message SendReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.raftpb.ISendReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendReply message, length delimited. Does not implicitly {@link regd.raftpb.SendReply.verify|verify} messages.
             * @param message SendReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.raftpb.ISendReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SendReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.raftpb.SendReply;

            /**
             * Decodes a SendReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SendReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.raftpb.SendReply;

            /**
             * Verifies a SendReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendReply
             */
            public static fromObject(object: { [k: string]: any }): regd.raftpb.SendReply;

            /**
             * Creates a plain object from a SendReply message. Also converts values to other types if specified.
             * @param message SendReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.raftpb.SendReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SendReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /** HealthStatus enum. */
        enum HealthStatus {
            HEALTH_STATUS_UNSPECIFIED = 0,
            HEALTH_STATUS_PASSING = 1,
            HEALTH_STATUS_WARNING = 2,
            HEALTH_STATUS_CRITICAL = 3
        }

        /** CheckKind enum. */
        enum CheckKind {
            CHECK_KIND_UNSPECIFIED = 0,
            CHECK_KIND_TTL = 1,
            CHECK_KIND_HTTP = 2,
            CHECK_KIND_TCP = 3,
            CHECK_KIND_GRPC = 4
        }

        /** Properties of a ResponseHeader. */
        interface IResponseHeader {

            /** ResponseHeader clusterId */
            clusterId?: (number|Long|null);

            /** ResponseHeader memberId */
            memberId?: (number|Long|null);

            /** ResponseHeader revision */
            revision?: (number|Long|null);

            /** ResponseHeader raftTerm */
            raftTerm?: (number|Long|null);
        }

        /** Represents a ResponseHeader. */
        class ResponseHeader implements IResponseHeader {

            /**
             * Constructs a new ResponseHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IResponseHeader);

            /** ResponseHeader clusterId. */
            public clusterId: (number|Long);

            /** ResponseHeader memberId. */
            public memberId: (number|Long);

            /** ResponseHeader revision. */
            public revision: (number|Long);

            /** ResponseHeader raftTerm. */
            public raftTerm: (number|Long);

            /**
             * Creates a new ResponseHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResponseHeader instance
             */
            public static create(properties?: regd.v1.IResponseHeader): regd.v1.ResponseHeader;

            /**
             * Encodes the specified ResponseHeader message. Does not implicitly {@link regd.v1.ResponseHeader.verify|verify} messages.
             * @param message ResponseHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IResponseHeader, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResponseHeader message, length delimited. Does not implicitly {@link regd.v1.ResponseHeader.verify|verify} messages.
             * @param message ResponseHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IResponseHeader, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResponseHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResponseHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ResponseHeader;

            /**
             * Decodes a ResponseHeader message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ResponseHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ResponseHeader;

            /**
             * Verifies a ResponseHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResponseHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResponseHeader
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ResponseHeader;

            /**
             * Creates a plain object from a ResponseHeader message. Also converts values to other types if specified.
             * @param message ResponseHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ResponseHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResponseHeader to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ResponseHeader
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a CheckDefinition. */
        interface ICheckDefinition {

            /** CheckDefinition checkId */
            checkId?: (string|null);

            /** CheckDefinition kind */
            kind?: (regd.v1.CheckKind|null);

            /** CheckDefinition intervalMs */
            intervalMs?: (number|Long|null);

            /** CheckDefinition timeoutMs */
            timeoutMs?: (number|Long|null);

            /** CheckDefinition ttlMs */
            ttlMs?: (number|Long|null);

            /** CheckDefinition target */
            target?: (string|null);

            /** CheckDefinition grpcService */
            grpcService?: (string|null);

            /** CheckDefinition deregisterCriticalAfterMs */
            deregisterCriticalAfterMs?: (number|Long|null);

            /** CheckDefinition successBeforePassing */
            successBeforePassing?: (number|null);

            /** CheckDefinition failuresBeforeWarning */
            failuresBeforeWarning?: (number|null);

            /** CheckDefinition failuresBeforeCritical */
            failuresBeforeCritical?: (number|null);

            /** CheckDefinition initialStatus */
            initialStatus?: (regd.v1.HealthStatus|null);
        }

        /** Represents a CheckDefinition. */
        class CheckDefinition implements ICheckDefinition {

            /**
             * Constructs a new CheckDefinition.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.ICheckDefinition);

            /** CheckDefinition checkId. */
            public checkId: string;

            /** CheckDefinition kind. */
            public kind: regd.v1.CheckKind;

            /** CheckDefinition intervalMs. */
            public intervalMs: (number|Long);

            /** CheckDefinition timeoutMs. */
            public timeoutMs: (number|Long);

            /** CheckDefinition ttlMs. */
            public ttlMs: (number|Long);

            /** CheckDefinition target. */
            public target: string;

            /** CheckDefinition grpcService. */
            public grpcService: string;

            /** CheckDefinition deregisterCriticalAfterMs. */
            public deregisterCriticalAfterMs: (number|Long);

            /** CheckDefinition successBeforePassing. */
            public successBeforePassing: number;

            /** CheckDefinition failuresBeforeWarning. */
            public failuresBeforeWarning?: (number|null);

            /** CheckDefinition failuresBeforeCritical. */
            public failuresBeforeCritical: number;

            /** CheckDefinition initialStatus. */
            public initialStatus: regd.v1.HealthStatus;

            /**
             * Creates a new CheckDefinition instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CheckDefinition instance
             */
            public static create(properties?: regd.v1.ICheckDefinition): regd.v1.CheckDefinition;

            /**
             * Encodes the specified CheckDefinition message. Does not implicitly {@link regd.v1.CheckDefinition.verify|verify} messages.
             * @param message CheckDefinition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.ICheckDefinition, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CheckDefinition message, length delimited. Does not implicitly {@link regd.v1.CheckDefinition.verify|verify} messages.
             * @param message CheckDefinition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.ICheckDefinition, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CheckDefinition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CheckDefinition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.CheckDefinition;

            /**
             * Decodes a CheckDefinition message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns CheckDefinition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.CheckDefinition;

            /**
             * Verifies a CheckDefinition message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CheckDefinition message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CheckDefinition
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.CheckDefinition;

            /**
             * Creates a plain object from a CheckDefinition message. Also converts values to other types if specified.
             * @param message CheckDefinition
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.CheckDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CheckDefinition to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for CheckDefinition
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Registration. */
        interface IRegistration {

            /** Registration service */
            service?: (string|null);

            /** Registration id */
            id?: (string|null);

            /** Registration address */
            address?: (string|null);

            /** Registration port */
            port?: (number|null);

            /** Registration tags */
            tags?: (string[]|null);

            /** Registration meta */
            meta?: ({ [k: string]: string }|null);

            /** Registration checks */
            checks?: (regd.v1.ICheckDefinition[]|null);

            /** Registration maintenance */
            maintenance?: (boolean|null);

            /** Registration maintenanceReason */
            maintenanceReason?: (string|null);
        }

        /** Represents a Registration. */
        class Registration implements IRegistration {

            /**
             * Constructs a new Registration.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IRegistration);

            /** Registration service. */
            public service: string;

            /** Registration id. */
            public id: string;

            /** Registration address. */
            public address: string;

            /** Registration port. */
            public port: number;

            /** Registration tags. */
            public tags: string[];

            /** Registration meta. */
            public meta: { [k: string]: string };

            /** Registration checks. */
            public checks: regd.v1.ICheckDefinition[];

            /** Registration maintenance. */
            public maintenance: boolean;

            /** Registration maintenanceReason. */
            public maintenanceReason: string;

            /**
             * Creates a new Registration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Registration instance
             */
            public static create(properties?: regd.v1.IRegistration): regd.v1.Registration;

            /**
             * Encodes the specified Registration message. Does not implicitly {@link regd.v1.Registration.verify|verify} messages.
             * @param message Registration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IRegistration, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Registration message, length delimited. Does not implicitly {@link regd.v1.Registration.verify|verify} messages.
             * @param message Registration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IRegistration, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Registration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Registration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.Registration;

            /**
             * Decodes a Registration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Registration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.Registration;

            /**
             * Verifies a Registration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Registration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Registration
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.Registration;

            /**
             * Creates a plain object from a Registration message. Also converts values to other types if specified.
             * @param message Registration
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.Registration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Registration to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Registration
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Check. */
        interface ICheck {

            /** Check definition */
            definition?: (regd.v1.ICheckDefinition|null);

            /** Check status */
            status?: (regd.v1.HealthStatus|null);

            /** Check output */
            output?: (string|null);

            /** Check statusChangedUnixMs */
            statusChangedUnixMs?: (number|Long|null);
        }

        /** Represents a Check. */
        class Check implements ICheck {

            /**
             * Constructs a new Check.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.ICheck);

            /** Check definition. */
            public definition?: (regd.v1.ICheckDefinition|null);

            /** Check status. */
            public status: regd.v1.HealthStatus;

            /** Check output. */
            public output: string;

            /** Check statusChangedUnixMs. */
            public statusChangedUnixMs: (number|Long);

            /**
             * Creates a new Check instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Check instance
             */
            public static create(properties?: regd.v1.ICheck): regd.v1.Check;

            /**
             * Encodes the specified Check message. Does not implicitly {@link regd.v1.Check.verify|verify} messages.
             * @param message Check message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.ICheck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Check message, length delimited. Does not implicitly {@link regd.v1.Check.verify|verify} messages.
             * @param message Check message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.ICheck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Check message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Check
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.Check;

            /**
             * Decodes a Check message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Check
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.Check;

            /**
             * Verifies a Check message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Check message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Check
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.Check;

            /**
             * Creates a plain object from a Check message. Also converts values to other types if specified.
             * @param message Check
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.Check, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Check to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Check
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Instance. */
        interface IInstance {

            /** Instance service */
            service?: (string|null);

            /** Instance id */
            id?: (string|null);

            /** Instance address */
            address?: (string|null);

            /** Instance port */
            port?: (number|null);

            /** Instance tags */
            tags?: (string[]|null);

            /** Instance meta */
            meta?: ({ [k: string]: string }|null);

            /** Instance checks */
            checks?: (regd.v1.ICheck[]|null);

            /** Instance status */
            status?: (regd.v1.HealthStatus|null);

            /** Instance maintenance */
            maintenance?: (boolean|null);

            /** Instance maintenanceReason */
            maintenanceReason?: (string|null);

            /** Instance stale */
            stale?: (boolean|null);

            /** Instance createRevision */
            createRevision?: (number|Long|null);

            /** Instance modRevision */
            modRevision?: (number|Long|null);
        }

        /** Represents an Instance. */
        class Instance implements IInstance {

            /**
             * Constructs a new Instance.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IInstance);

            /** Instance service. */
            public service: string;

            /** Instance id. */
            public id: string;

            /** Instance address. */
            public address: string;

            /** Instance port. */
            public port: number;

            /** Instance tags. */
            public tags: string[];

            /** Instance meta. */
            public meta: { [k: string]: string };

            /** Instance checks. */
            public checks: regd.v1.ICheck[];

            /** Instance status. */
            public status: regd.v1.HealthStatus;

            /** Instance maintenance. */
            public maintenance: boolean;

            /** Instance maintenanceReason. */
            public maintenanceReason: string;

            /** Instance stale. */
            public stale: boolean;

            /** Instance createRevision. */
            public createRevision: (number|Long);

            /** Instance modRevision. */
            public modRevision: (number|Long);

            /**
             * Creates a new Instance instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Instance instance
             */
            public static create(properties?: regd.v1.IInstance): regd.v1.Instance;

            /**
             * Encodes the specified Instance message. Does not implicitly {@link regd.v1.Instance.verify|verify} messages.
             * @param message Instance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IInstance, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Instance message, length delimited. Does not implicitly {@link regd.v1.Instance.verify|verify} messages.
             * @param message Instance message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IInstance, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Instance message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Instance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.Instance;

            /**
             * Decodes an Instance message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Instance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.Instance;

            /**
             * Verifies an Instance message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Instance message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Instance
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.Instance;

            /**
             * Creates a plain object from an Instance message. Also converts values to other types if specified.
             * @param message Instance
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.Instance, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Instance to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Instance
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RegisterRequest. */
        interface IRegisterRequest {

            /** RegisterRequest instance */
            instance?: (regd.v1.IRegistration|null);
        }

        /** Represents a RegisterRequest. */
        class RegisterRequest implements IRegisterRequest {

            /**
             * Constructs a new RegisterRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IRegisterRequest);

            /** RegisterRequest instance. */
            public instance?: (regd.v1.IRegistration|null);

            /**
             * Creates a new RegisterRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterRequest instance
             */
            public static create(properties?: regd.v1.IRegisterRequest): regd.v1.RegisterRequest;

            /**
             * Encodes the specified RegisterRequest message. Does not implicitly {@link regd.v1.RegisterRequest.verify|verify} messages.
             * @param message RegisterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IRegisterRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegisterRequest message, length delimited. Does not implicitly {@link regd.v1.RegisterRequest.verify|verify} messages.
             * @param message RegisterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IRegisterRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.RegisterRequest;

            /**
             * Decodes a RegisterRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.RegisterRequest;

            /**
             * Verifies a RegisterRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegisterRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegisterRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.RegisterRequest;

            /**
             * Creates a plain object from a RegisterRequest message. Also converts values to other types if specified.
             * @param message RegisterRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.RegisterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegisterRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RegisterRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RegisterResponse. */
        interface IRegisterResponse {

            /** RegisterResponse header */
            header?: (regd.v1.IResponseHeader|null);
        }

        /** Represents a RegisterResponse. */
        class RegisterResponse implements IRegisterResponse {

            /**
             * Constructs a new RegisterResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IRegisterResponse);

            /** RegisterResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /**
             * Creates a new RegisterResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterResponse instance
             */
            public static create(properties?: regd.v1.IRegisterResponse): regd.v1.RegisterResponse;

            /**
             * Encodes the specified RegisterResponse message. Does not implicitly {@link regd.v1.RegisterResponse.verify|verify} messages.
             * @param message RegisterResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IRegisterResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegisterResponse message, length delimited. Does not implicitly {@link regd.v1.RegisterResponse.verify|verify} messages.
             * @param message RegisterResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IRegisterResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RegisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.RegisterResponse;

            /**
             * Decodes a RegisterResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns RegisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.RegisterResponse;

            /**
             * Verifies a RegisterResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegisterResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegisterResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.RegisterResponse;

            /**
             * Creates a plain object from a RegisterResponse message. Also converts values to other types if specified.
             * @param message RegisterResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.RegisterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegisterResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RegisterResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DeregisterRequest. */
        interface IDeregisterRequest {

            /** DeregisterRequest service */
            service?: (string|null);

            /** DeregisterRequest id */
            id?: (string|null);
        }

        /** Represents a DeregisterRequest. */
        class DeregisterRequest implements IDeregisterRequest {

            /**
             * Constructs a new DeregisterRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IDeregisterRequest);

            /** DeregisterRequest service. */
            public service: string;

            /** DeregisterRequest id. */
            public id: string;

            /**
             * Creates a new DeregisterRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeregisterRequest instance
             */
            public static create(properties?: regd.v1.IDeregisterRequest): regd.v1.DeregisterRequest;

            /**
             * Encodes the specified DeregisterRequest message. Does not implicitly {@link regd.v1.DeregisterRequest.verify|verify} messages.
             * @param message DeregisterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IDeregisterRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeregisterRequest message, length delimited. Does not implicitly {@link regd.v1.DeregisterRequest.verify|verify} messages.
             * @param message DeregisterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IDeregisterRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeregisterRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DeregisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.DeregisterRequest;

            /**
             * Decodes a DeregisterRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns DeregisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.DeregisterRequest;

            /**
             * Verifies a DeregisterRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeregisterRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeregisterRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.DeregisterRequest;

            /**
             * Creates a plain object from a DeregisterRequest message. Also converts values to other types if specified.
             * @param message DeregisterRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.DeregisterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeregisterRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for DeregisterRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DeregisterResponse. */
        interface IDeregisterResponse {

            /** DeregisterResponse header */
            header?: (regd.v1.IResponseHeader|null);
        }

        /** Represents a DeregisterResponse. */
        class DeregisterResponse implements IDeregisterResponse {

            /**
             * Constructs a new DeregisterResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IDeregisterResponse);

            /** DeregisterResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /**
             * Creates a new DeregisterResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeregisterResponse instance
             */
            public static create(properties?: regd.v1.IDeregisterResponse): regd.v1.DeregisterResponse;

            /**
             * Encodes the specified DeregisterResponse message. Does not implicitly {@link regd.v1.DeregisterResponse.verify|verify} messages.
             * @param message DeregisterResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IDeregisterResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeregisterResponse message, length delimited. Does not implicitly {@link regd.v1.DeregisterResponse.verify|verify} messages.
             * @param message DeregisterResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IDeregisterResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeregisterResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DeregisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.DeregisterResponse;

            /**
             * Decodes a DeregisterResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns DeregisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.DeregisterResponse;

            /**
             * Verifies a DeregisterResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeregisterResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeregisterResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.DeregisterResponse;

            /**
             * Creates a plain object from a DeregisterResponse message. Also converts values to other types if specified.
             * @param message DeregisterResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.DeregisterResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeregisterResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for DeregisterResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a CheckReport. */
        interface ICheckReport {

            /** CheckReport service */
            service?: (string|null);

            /** CheckReport id */
            id?: (string|null);

            /** CheckReport checkId */
            checkId?: (string|null);

            /** CheckReport status */
            status?: (regd.v1.HealthStatus|null);

            /** CheckReport output */
            output?: (string|null);
        }

        /** Represents a CheckReport. */
        class CheckReport implements ICheckReport {

            /**
             * Constructs a new CheckReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.ICheckReport);

            /** CheckReport service. */
            public service: string;

            /** CheckReport id. */
            public id: string;

            /** CheckReport checkId. */
            public checkId: string;

            /** CheckReport status. */
            public status: regd.v1.HealthStatus;

            /** CheckReport output. */
            public output: string;

            /**
             * Creates a new CheckReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CheckReport instance
             */
            public static create(properties?: regd.v1.ICheckReport): regd.v1.CheckReport;

            /**
             * Encodes the specified CheckReport message. Does not implicitly {@link regd.v1.CheckReport.verify|verify} messages.
             * @param message CheckReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.ICheckReport, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CheckReport message, length delimited. Does not implicitly {@link regd.v1.CheckReport.verify|verify} messages.
             * @param message CheckReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.ICheckReport, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CheckReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CheckReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.CheckReport;

            /**
             * Decodes a CheckReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns CheckReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.CheckReport;

            /**
             * Verifies a CheckReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CheckReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CheckReport
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.CheckReport;

            /**
             * Creates a plain object from a CheckReport message. Also converts values to other types if specified.
             * @param message CheckReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.CheckReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CheckReport to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for CheckReport
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReportCheckRequest. */
        interface IReportCheckRequest {

            /** ReportCheckRequest report */
            report?: (regd.v1.ICheckReport|null);
        }

        /** Represents a ReportCheckRequest. */
        class ReportCheckRequest implements IReportCheckRequest {

            /**
             * Constructs a new ReportCheckRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IReportCheckRequest);

            /** ReportCheckRequest report. */
            public report?: (regd.v1.ICheckReport|null);

            /**
             * Creates a new ReportCheckRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReportCheckRequest instance
             */
            public static create(properties?: regd.v1.IReportCheckRequest): regd.v1.ReportCheckRequest;

            /**
             * Encodes the specified ReportCheckRequest message. Does not implicitly {@link regd.v1.ReportCheckRequest.verify|verify} messages.
             * @param message ReportCheckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IReportCheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReportCheckRequest message, length delimited. Does not implicitly {@link regd.v1.ReportCheckRequest.verify|verify} messages.
             * @param message ReportCheckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IReportCheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReportCheckRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReportCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ReportCheckRequest;

            /**
             * Decodes a ReportCheckRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ReportCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ReportCheckRequest;

            /**
             * Verifies a ReportCheckRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReportCheckRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReportCheckRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ReportCheckRequest;

            /**
             * Creates a plain object from a ReportCheckRequest message. Also converts values to other types if specified.
             * @param message ReportCheckRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ReportCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReportCheckRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ReportCheckRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReportCheckResponse. */
        interface IReportCheckResponse {

            /** ReportCheckResponse header */
            header?: (regd.v1.IResponseHeader|null);
        }

        /** Represents a ReportCheckResponse. */
        class ReportCheckResponse implements IReportCheckResponse {

            /**
             * Constructs a new ReportCheckResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IReportCheckResponse);

            /** ReportCheckResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /**
             * Creates a new ReportCheckResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReportCheckResponse instance
             */
            public static create(properties?: regd.v1.IReportCheckResponse): regd.v1.ReportCheckResponse;

            /**
             * Encodes the specified ReportCheckResponse message. Does not implicitly {@link regd.v1.ReportCheckResponse.verify|verify} messages.
             * @param message ReportCheckResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IReportCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReportCheckResponse message, length delimited. Does not implicitly {@link regd.v1.ReportCheckResponse.verify|verify} messages.
             * @param message ReportCheckResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IReportCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReportCheckResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReportCheckResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ReportCheckResponse;

            /**
             * Decodes a ReportCheckResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ReportCheckResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ReportCheckResponse;

            /**
             * Verifies a ReportCheckResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReportCheckResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReportCheckResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ReportCheckResponse;

            /**
             * Creates a plain object from a ReportCheckResponse message. Also converts values to other types if specified.
             * @param message ReportCheckResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ReportCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReportCheckResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ReportCheckResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a HeartbeatRequest. */
        interface IHeartbeatRequest {

            /** HeartbeatRequest seq */
            seq?: (number|Long|null);

            /** HeartbeatRequest reports */
            reports?: (regd.v1.ICheckReport[]|null);
        }

        /** Represents a HeartbeatRequest. */
        class HeartbeatRequest implements IHeartbeatRequest {

            /**
             * Constructs a new HeartbeatRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IHeartbeatRequest);

            /** HeartbeatRequest seq. */
            public seq: (number|Long);

            /** HeartbeatRequest reports. */
            public reports: regd.v1.ICheckReport[];

            /**
             * Creates a new HeartbeatRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatRequest instance
             */
            public static create(properties?: regd.v1.IHeartbeatRequest): regd.v1.HeartbeatRequest;

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link regd.v1.HeartbeatRequest.verify|verify} messages.
             * @param message HeartbeatRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IHeartbeatRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HeartbeatRequest message, length delimited. Does not implicitly {@link regd.v1.HeartbeatRequest.verify|verify} messages.
             * @param message HeartbeatRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IHeartbeatRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.HeartbeatRequest;

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.HeartbeatRequest;

            /**
             * Verifies a HeartbeatRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeartbeatRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.HeartbeatRequest;

            /**
             * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
             * @param message HeartbeatRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.HeartbeatRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for HeartbeatRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReportError. */
        interface IReportError {

            /** ReportError index */
            index?: (number|null);

            /** ReportError code */
            code?: (string|null);

            /** ReportError message */
            message?: (string|null);
        }

        /** Represents a ReportError. */
        class ReportError implements IReportError {

            /**
             * Constructs a new ReportError.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IReportError);

            /** ReportError index. */
            public index: number;

            /** ReportError code. */
            public code: string;

            /** ReportError message. */
            public message: string;

            /**
             * Creates a new ReportError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReportError instance
             */
            public static create(properties?: regd.v1.IReportError): regd.v1.ReportError;

            /**
             * Encodes the specified ReportError message. Does not implicitly {@link regd.v1.ReportError.verify|verify} messages.
             * @param message ReportError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IReportError, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReportError message, length delimited. Does not implicitly {@link regd.v1.ReportError.verify|verify} messages.
             * @param message ReportError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IReportError, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReportError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReportError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ReportError;

            /**
             * Decodes a ReportError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ReportError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ReportError;

            /**
             * Verifies a ReportError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReportError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReportError
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ReportError;

            /**
             * Creates a plain object from a ReportError message. Also converts values to other types if specified.
             * @param message ReportError
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ReportError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReportError to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ReportError
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a HeartbeatResponse. */
        interface IHeartbeatResponse {

            /** HeartbeatResponse header */
            header?: (regd.v1.IResponseHeader|null);

            /** HeartbeatResponse seq */
            seq?: (number|Long|null);

            /** HeartbeatResponse errors */
            errors?: (regd.v1.IReportError[]|null);
        }

        /** Represents a HeartbeatResponse. */
        class HeartbeatResponse implements IHeartbeatResponse {

            /**
             * Constructs a new HeartbeatResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IHeartbeatResponse);

            /** HeartbeatResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /** HeartbeatResponse seq. */
            public seq: (number|Long);

            /** HeartbeatResponse errors. */
            public errors: regd.v1.IReportError[];

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatResponse instance
             */
            public static create(properties?: regd.v1.IHeartbeatResponse): regd.v1.HeartbeatResponse;

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link regd.v1.HeartbeatResponse.verify|verify} messages.
             * @param message HeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IHeartbeatResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HeartbeatResponse message, length delimited. Does not implicitly {@link regd.v1.HeartbeatResponse.verify|verify} messages.
             * @param message HeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IHeartbeatResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.HeartbeatResponse;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.HeartbeatResponse;

            /**
             * Verifies a HeartbeatResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeartbeatResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.HeartbeatResponse;

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @param message HeartbeatResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.HeartbeatResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for HeartbeatResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SetMaintenanceRequest. */
        interface ISetMaintenanceRequest {

            /** SetMaintenanceRequest service */
            service?: (string|null);

            /** SetMaintenanceRequest id */
            id?: (string|null);

            /** SetMaintenanceRequest enable */
            enable?: (boolean|null);

            /** SetMaintenanceRequest reason */
            reason?: (string|null);
        }

        /** Represents a SetMaintenanceRequest. */
        class SetMaintenanceRequest implements ISetMaintenanceRequest {

            /**
             * Constructs a new SetMaintenanceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.ISetMaintenanceRequest);

            /** SetMaintenanceRequest service. */
            public service: string;

            /** SetMaintenanceRequest id. */
            public id: string;

            /** SetMaintenanceRequest enable. */
            public enable: boolean;

            /** SetMaintenanceRequest reason. */
            public reason: string;

            /**
             * Creates a new SetMaintenanceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetMaintenanceRequest instance
             */
            public static create(properties?: regd.v1.ISetMaintenanceRequest): regd.v1.SetMaintenanceRequest;

            /**
             * Encodes the specified SetMaintenanceRequest message. Does not implicitly {@link regd.v1.SetMaintenanceRequest.verify|verify} messages.
             * @param message SetMaintenanceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.ISetMaintenanceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetMaintenanceRequest message, length delimited. Does not implicitly {@link regd.v1.SetMaintenanceRequest.verify|verify} messages.
             * @param message SetMaintenanceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.ISetMaintenanceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetMaintenanceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SetMaintenanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.SetMaintenanceRequest;

            /**
             * Decodes a SetMaintenanceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SetMaintenanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.SetMaintenanceRequest;

            /**
             * Verifies a SetMaintenanceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetMaintenanceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetMaintenanceRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.SetMaintenanceRequest;

            /**
             * Creates a plain object from a SetMaintenanceRequest message. Also converts values to other types if specified.
             * @param message SetMaintenanceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.SetMaintenanceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetMaintenanceRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SetMaintenanceRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SetMaintenanceResponse. */
        interface ISetMaintenanceResponse {

            /** SetMaintenanceResponse header */
            header?: (regd.v1.IResponseHeader|null);
        }

        /** Represents a SetMaintenanceResponse. */
        class SetMaintenanceResponse implements ISetMaintenanceResponse {

            /**
             * Constructs a new SetMaintenanceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.ISetMaintenanceResponse);

            /** SetMaintenanceResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /**
             * Creates a new SetMaintenanceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetMaintenanceResponse instance
             */
            public static create(properties?: regd.v1.ISetMaintenanceResponse): regd.v1.SetMaintenanceResponse;

            /**
             * Encodes the specified SetMaintenanceResponse message. Does not implicitly {@link regd.v1.SetMaintenanceResponse.verify|verify} messages.
             * @param message SetMaintenanceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.ISetMaintenanceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetMaintenanceResponse message, length delimited. Does not implicitly {@link regd.v1.SetMaintenanceResponse.verify|verify} messages.
             * @param message SetMaintenanceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.ISetMaintenanceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetMaintenanceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SetMaintenanceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.SetMaintenanceResponse;

            /**
             * Decodes a SetMaintenanceResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SetMaintenanceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.SetMaintenanceResponse;

            /**
             * Verifies a SetMaintenanceResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetMaintenanceResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetMaintenanceResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.SetMaintenanceResponse;

            /**
             * Creates a plain object from a SetMaintenanceResponse message. Also converts values to other types if specified.
             * @param message SetMaintenanceResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.SetMaintenanceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetMaintenanceResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SetMaintenanceResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListServicesRequest. */
        interface IListServicesRequest {

            /** ListServicesRequest serializable */
            serializable?: (boolean|null);
        }

        /** Represents a ListServicesRequest. */
        class ListServicesRequest implements IListServicesRequest {

            /**
             * Constructs a new ListServicesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IListServicesRequest);

            /** ListServicesRequest serializable. */
            public serializable: boolean;

            /**
             * Creates a new ListServicesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListServicesRequest instance
             */
            public static create(properties?: regd.v1.IListServicesRequest): regd.v1.ListServicesRequest;

            /**
             * Encodes the specified ListServicesRequest message. Does not implicitly {@link regd.v1.ListServicesRequest.verify|verify} messages.
             * @param message ListServicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IListServicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListServicesRequest message, length delimited. Does not implicitly {@link regd.v1.ListServicesRequest.verify|verify} messages.
             * @param message ListServicesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IListServicesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListServicesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ListServicesRequest;

            /**
             * Decodes a ListServicesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListServicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ListServicesRequest;

            /**
             * Verifies a ListServicesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListServicesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListServicesRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ListServicesRequest;

            /**
             * Creates a plain object from a ListServicesRequest message. Also converts values to other types if specified.
             * @param message ListServicesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ListServicesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListServicesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListServicesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ServiceSummary. */
        interface IServiceSummary {

            /** ServiceSummary name */
            name?: (string|null);

            /** ServiceSummary tags */
            tags?: (string[]|null);

            /** ServiceSummary instances */
            instances?: (number|null);

            /** ServiceSummary passing */
            passing?: (number|null);

            /** ServiceSummary warning */
            warning?: (number|null);

            /** ServiceSummary critical */
            critical?: (number|null);
        }

        /** Represents a ServiceSummary. */
        class ServiceSummary implements IServiceSummary {

            /**
             * Constructs a new ServiceSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IServiceSummary);

            /** ServiceSummary name. */
            public name: string;

            /** ServiceSummary tags. */
            public tags: string[];

            /** ServiceSummary instances. */
            public instances: number;

            /** ServiceSummary passing. */
            public passing: number;

            /** ServiceSummary warning. */
            public warning: number;

            /** ServiceSummary critical. */
            public critical: number;

            /**
             * Creates a new ServiceSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceSummary instance
             */
            public static create(properties?: regd.v1.IServiceSummary): regd.v1.ServiceSummary;

            /**
             * Encodes the specified ServiceSummary message. Does not implicitly {@link regd.v1.ServiceSummary.verify|verify} messages.
             * @param message ServiceSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IServiceSummary, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceSummary message, length delimited. Does not implicitly {@link regd.v1.ServiceSummary.verify|verify} messages.
             * @param message ServiceSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IServiceSummary, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ServiceSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ServiceSummary;

            /**
             * Decodes a ServiceSummary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ServiceSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ServiceSummary;

            /**
             * Verifies a ServiceSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServiceSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceSummary
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ServiceSummary;

            /**
             * Creates a plain object from a ServiceSummary message. Also converts values to other types if specified.
             * @param message ServiceSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ServiceSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceSummary to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ServiceSummary
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListServicesResponse. */
        interface IListServicesResponse {

            /** ListServicesResponse header */
            header?: (regd.v1.IResponseHeader|null);

            /** ListServicesResponse services */
            services?: (regd.v1.IServiceSummary[]|null);

            /** ListServicesResponse selfPreservation */
            selfPreservation?: (boolean|null);
        }

        /** Represents a ListServicesResponse. */
        class ListServicesResponse implements IListServicesResponse {

            /**
             * Constructs a new ListServicesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IListServicesResponse);

            /** ListServicesResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /** ListServicesResponse services. */
            public services: regd.v1.IServiceSummary[];

            /** ListServicesResponse selfPreservation. */
            public selfPreservation: boolean;

            /**
             * Creates a new ListServicesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListServicesResponse instance
             */
            public static create(properties?: regd.v1.IListServicesResponse): regd.v1.ListServicesResponse;

            /**
             * Encodes the specified ListServicesResponse message. Does not implicitly {@link regd.v1.ListServicesResponse.verify|verify} messages.
             * @param message ListServicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IListServicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListServicesResponse message, length delimited. Does not implicitly {@link regd.v1.ListServicesResponse.verify|verify} messages.
             * @param message ListServicesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IListServicesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListServicesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ListServicesResponse;

            /**
             * Decodes a ListServicesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListServicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ListServicesResponse;

            /**
             * Verifies a ListServicesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListServicesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListServicesResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ListServicesResponse;

            /**
             * Creates a plain object from a ListServicesResponse message. Also converts values to other types if specified.
             * @param message ListServicesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ListServicesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListServicesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListServicesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListInstancesRequest. */
        interface IListInstancesRequest {

            /** ListInstancesRequest service */
            service?: (string|null);

            /** ListInstancesRequest passingOnly */
            passingOnly?: (boolean|null);

            /** ListInstancesRequest tags */
            tags?: (string[]|null);

            /** ListInstancesRequest meta */
            meta?: ({ [k: string]: string }|null);

            /** ListInstancesRequest serializable */
            serializable?: (boolean|null);
        }

        /** Represents a ListInstancesRequest. */
        class ListInstancesRequest implements IListInstancesRequest {

            /**
             * Constructs a new ListInstancesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IListInstancesRequest);

            /** ListInstancesRequest service. */
            public service: string;

            /** ListInstancesRequest passingOnly. */
            public passingOnly: boolean;

            /** ListInstancesRequest tags. */
            public tags: string[];

            /** ListInstancesRequest meta. */
            public meta: { [k: string]: string };

            /** ListInstancesRequest serializable. */
            public serializable: boolean;

            /**
             * Creates a new ListInstancesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListInstancesRequest instance
             */
            public static create(properties?: regd.v1.IListInstancesRequest): regd.v1.ListInstancesRequest;

            /**
             * Encodes the specified ListInstancesRequest message. Does not implicitly {@link regd.v1.ListInstancesRequest.verify|verify} messages.
             * @param message ListInstancesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IListInstancesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListInstancesRequest message, length delimited. Does not implicitly {@link regd.v1.ListInstancesRequest.verify|verify} messages.
             * @param message ListInstancesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IListInstancesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListInstancesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListInstancesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ListInstancesRequest;

            /**
             * Decodes a ListInstancesRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListInstancesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ListInstancesRequest;

            /**
             * Verifies a ListInstancesRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListInstancesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListInstancesRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ListInstancesRequest;

            /**
             * Creates a plain object from a ListInstancesRequest message. Also converts values to other types if specified.
             * @param message ListInstancesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ListInstancesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListInstancesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListInstancesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ListInstancesResponse. */
        interface IListInstancesResponse {

            /** ListInstancesResponse header */
            header?: (regd.v1.IResponseHeader|null);

            /** ListInstancesResponse instances */
            instances?: (regd.v1.IInstance[]|null);

            /** ListInstancesResponse selfPreservation */
            selfPreservation?: (boolean|null);
        }

        /** Represents a ListInstancesResponse. */
        class ListInstancesResponse implements IListInstancesResponse {

            /**
             * Constructs a new ListInstancesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IListInstancesResponse);

            /** ListInstancesResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /** ListInstancesResponse instances. */
            public instances: regd.v1.IInstance[];

            /** ListInstancesResponse selfPreservation. */
            public selfPreservation: boolean;

            /**
             * Creates a new ListInstancesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListInstancesResponse instance
             */
            public static create(properties?: regd.v1.IListInstancesResponse): regd.v1.ListInstancesResponse;

            /**
             * Encodes the specified ListInstancesResponse message. Does not implicitly {@link regd.v1.ListInstancesResponse.verify|verify} messages.
             * @param message ListInstancesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IListInstancesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListInstancesResponse message, length delimited. Does not implicitly {@link regd.v1.ListInstancesResponse.verify|verify} messages.
             * @param message ListInstancesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IListInstancesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListInstancesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListInstancesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ListInstancesResponse;

            /**
             * Decodes a ListInstancesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ListInstancesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ListInstancesResponse;

            /**
             * Verifies a ListInstancesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListInstancesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListInstancesResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ListInstancesResponse;

            /**
             * Creates a plain object from a ListInstancesResponse message. Also converts values to other types if specified.
             * @param message ListInstancesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ListInstancesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListInstancesResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ListInstancesResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a WatchRequest. */
        interface IWatchRequest {

            /** WatchRequest service */
            service?: (string|null);

            /** WatchRequest startRevision */
            startRevision?: (number|Long|null);
        }

        /** Represents a WatchRequest. */
        class WatchRequest implements IWatchRequest {

            /**
             * Constructs a new WatchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IWatchRequest);

            /** WatchRequest service. */
            public service: string;

            /** WatchRequest startRevision. */
            public startRevision: (number|Long);

            /**
             * Creates a new WatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchRequest instance
             */
            public static create(properties?: regd.v1.IWatchRequest): regd.v1.WatchRequest;

            /**
             * Encodes the specified WatchRequest message. Does not implicitly {@link regd.v1.WatchRequest.verify|verify} messages.
             * @param message WatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IWatchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link regd.v1.WatchRequest.verify|verify} messages.
             * @param message WatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IWatchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.WatchRequest;

            /**
             * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.WatchRequest;

            /**
             * Verifies a WatchRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.WatchRequest;

            /**
             * Creates a plain object from a WatchRequest message. Also converts values to other types if specified.
             * @param message WatchRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.WatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for WatchRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an InstanceEvent. */
        interface IInstanceEvent {

            /** InstanceEvent type */
            type?: (regd.v1.InstanceEvent.EventType|null);

            /** InstanceEvent instance */
            instance?: (regd.v1.IInstance|null);
        }

        /** Represents an InstanceEvent. */
        class InstanceEvent implements IInstanceEvent {

            /**
             * Constructs a new InstanceEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IInstanceEvent);

            /** InstanceEvent type. */
            public type: regd.v1.InstanceEvent.EventType;

            /** InstanceEvent instance. */
            public instance?: (regd.v1.IInstance|null);

            /**
             * Creates a new InstanceEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstanceEvent instance
             */
            public static create(properties?: regd.v1.IInstanceEvent): regd.v1.InstanceEvent;

            /**
             * Encodes the specified InstanceEvent message. Does not implicitly {@link regd.v1.InstanceEvent.verify|verify} messages.
             * @param message InstanceEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IInstanceEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstanceEvent message, length delimited. Does not implicitly {@link regd.v1.InstanceEvent.verify|verify} messages.
             * @param message InstanceEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IInstanceEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstanceEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns InstanceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.InstanceEvent;

            /**
             * Decodes an InstanceEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns InstanceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.InstanceEvent;

            /**
             * Verifies an InstanceEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstanceEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstanceEvent
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.InstanceEvent;

            /**
             * Creates a plain object from an InstanceEvent message. Also converts values to other types if specified.
             * @param message InstanceEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.InstanceEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstanceEvent to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for InstanceEvent
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace InstanceEvent {

            /** EventType enum. */
            enum EventType {
                PUT = 0,
                DELETE = 1
            }
        }

        /** Properties of a WatchResponse. */
        interface IWatchResponse {

            /** WatchResponse header */
            header?: (regd.v1.IResponseHeader|null);

            /** WatchResponse snapshot */
            snapshot?: (boolean|null);

            /** WatchResponse events */
            events?: (regd.v1.IInstanceEvent[]|null);

            /** WatchResponse selfPreservation */
            selfPreservation?: (boolean|null);
        }

        /** Represents a WatchResponse. */
        class WatchResponse implements IWatchResponse {

            /**
             * Constructs a new WatchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IWatchResponse);

            /** WatchResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /** WatchResponse snapshot. */
            public snapshot: boolean;

            /** WatchResponse events. */
            public events: regd.v1.IInstanceEvent[];

            /** WatchResponse selfPreservation. */
            public selfPreservation: boolean;

            /**
             * Creates a new WatchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchResponse instance
             */
            public static create(properties?: regd.v1.IWatchResponse): regd.v1.WatchResponse;

            /**
             * Encodes the specified WatchResponse message. Does not implicitly {@link regd.v1.WatchResponse.verify|verify} messages.
             * @param message WatchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IWatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchResponse message, length delimited. Does not implicitly {@link regd.v1.WatchResponse.verify|verify} messages.
             * @param message WatchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IWatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns WatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.WatchResponse;

            /**
             * Decodes a WatchResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns WatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.WatchResponse;

            /**
             * Verifies a WatchResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.WatchResponse;

            /**
             * Creates a plain object from a WatchResponse message. Also converts values to other types if specified.
             * @param message WatchResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.WatchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for WatchResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StatusRequest. */
        interface IStatusRequest {
        }

        /** Represents a StatusRequest. */
        class StatusRequest implements IStatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IStatusRequest);

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            public static create(properties?: regd.v1.IStatusRequest): regd.v1.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link regd.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link regd.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.StatusRequest;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.StatusRequest;

            /**
             * Verifies a StatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.StatusRequest;

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @param message StatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for StatusRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a StatusResponse. */
        interface IStatusResponse {

            /** StatusResponse header */
            header?: (regd.v1.IResponseHeader|null);

            /** StatusResponse services */
            services?: (number|null);

            /** StatusResponse instances */
            instances?: (number|null);

            /** StatusResponse passing */
            passing?: (number|null);

            /** StatusResponse warning */
            warning?: (number|null);

            /** StatusResponse critical */
            critical?: (number|null);

            /** StatusResponse stale */
            stale?: (number|null);

            /** StatusResponse selfPreservation */
            selfPreservation?: (boolean|null);

            /** StatusResponse selfPreservationSinceUnixMs */
            selfPreservationSinceUnixMs?: (number|Long|null);
        }

        /** Represents a StatusResponse. */
        class StatusResponse implements IStatusResponse {

            /**
             * Constructs a new StatusResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IStatusResponse);

            /** StatusResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /** StatusResponse services. */
            public services: number;

            /** StatusResponse instances. */
            public instances: number;

            /** StatusResponse passing. */
            public passing: number;

            /** StatusResponse warning. */
            public warning: number;

            /** StatusResponse critical. */
            public critical: number;

            /** StatusResponse stale. */
            public stale: number;

            /** StatusResponse selfPreservation. */
            public selfPreservation: boolean;

            /** StatusResponse selfPreservationSinceUnixMs. */
            public selfPreservationSinceUnixMs: (number|Long);

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusResponse instance
             */
            public static create(properties?: regd.v1.IStatusResponse): regd.v1.StatusResponse;

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link regd.v1.StatusResponse.verify|verify} messages.
             * @param message StatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link regd.v1.StatusResponse.verify|verify} messages.
             * @param message StatusResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.StatusResponse;

            /**
             * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.StatusResponse;

            /**
             * Verifies a StatusResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.StatusResponse;

            /**
             * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
             * @param message StatusResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for StatusResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReleaseSelfPreservationRequest. */
        interface IReleaseSelfPreservationRequest {
        }

        /** Represents a ReleaseSelfPreservationRequest. */
        class ReleaseSelfPreservationRequest implements IReleaseSelfPreservationRequest {

            /**
             * Constructs a new ReleaseSelfPreservationRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IReleaseSelfPreservationRequest);

            /**
             * Creates a new ReleaseSelfPreservationRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseSelfPreservationRequest instance
             */
            public static create(properties?: regd.v1.IReleaseSelfPreservationRequest): regd.v1.ReleaseSelfPreservationRequest;

            /**
             * Encodes the specified ReleaseSelfPreservationRequest message. Does not implicitly {@link regd.v1.ReleaseSelfPreservationRequest.verify|verify} messages.
             * @param message ReleaseSelfPreservationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IReleaseSelfPreservationRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReleaseSelfPreservationRequest message, length delimited. Does not implicitly {@link regd.v1.ReleaseSelfPreservationRequest.verify|verify} messages.
             * @param message ReleaseSelfPreservationRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IReleaseSelfPreservationRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseSelfPreservationRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReleaseSelfPreservationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ReleaseSelfPreservationRequest;

            /**
             * Decodes a ReleaseSelfPreservationRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ReleaseSelfPreservationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ReleaseSelfPreservationRequest;

            /**
             * Verifies a ReleaseSelfPreservationRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseSelfPreservationRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseSelfPreservationRequest
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ReleaseSelfPreservationRequest;

            /**
             * Creates a plain object from a ReleaseSelfPreservationRequest message. Also converts values to other types if specified.
             * @param message ReleaseSelfPreservationRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ReleaseSelfPreservationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseSelfPreservationRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ReleaseSelfPreservationRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ReleaseSelfPreservationResponse. */
        interface IReleaseSelfPreservationResponse {

            /** ReleaseSelfPreservationResponse header */
            header?: (regd.v1.IResponseHeader|null);

            /** ReleaseSelfPreservationResponse released */
            released?: (boolean|null);
        }

        /** Represents a ReleaseSelfPreservationResponse. */
        class ReleaseSelfPreservationResponse implements IReleaseSelfPreservationResponse {

            /**
             * Constructs a new ReleaseSelfPreservationResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: regd.v1.IReleaseSelfPreservationResponse);

            /** ReleaseSelfPreservationResponse header. */
            public header?: (regd.v1.IResponseHeader|null);

            /** ReleaseSelfPreservationResponse released. */
            public released: boolean;

            /**
             * Creates a new ReleaseSelfPreservationResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseSelfPreservationResponse instance
             */
            public static create(properties?: regd.v1.IReleaseSelfPreservationResponse): regd.v1.ReleaseSelfPreservationResponse;

            /**
             * Encodes the specified ReleaseSelfPreservationResponse message. Does not implicitly {@link regd.v1.ReleaseSelfPreservationResponse.verify|verify} messages.
             * @param message ReleaseSelfPreservationResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: regd.v1.IReleaseSelfPreservationResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReleaseSelfPreservationResponse message, length delimited. Does not implicitly {@link regd.v1.ReleaseSelfPreservationResponse.verify|verify} messages.
             * @param message ReleaseSelfPreservationResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: regd.v1.IReleaseSelfPreservationResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseSelfPreservationResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReleaseSelfPreservationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): regd.v1.ReleaseSelfPreservationResponse;

            /**
             * Decodes a ReleaseSelfPreservationResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns ReleaseSelfPreservationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): regd.v1.ReleaseSelfPreservationResponse;

            /**
             * Verifies a ReleaseSelfPreservationResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseSelfPreservationResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseSelfPreservationResponse
             */
            public static fromObject(object: { [k: string]: any }): regd.v1.ReleaseSelfPreservationResponse;

            /**
             * Creates a plain object from a ReleaseSelfPreservationResponse message. Also converts values to other types if specified.
             * @param message ReleaseSelfPreservationResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: regd.v1.ReleaseSelfPreservationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseSelfPreservationResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ReleaseSelfPreservationResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
