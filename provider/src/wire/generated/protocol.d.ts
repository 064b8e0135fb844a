import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace tfplugin6. */
export namespace tfplugin6 {

    /** Properties of a DynamicValue. */
    interface IDynamicValue {

        /** DynamicValue msgpack */
        msgpack?: (Uint8Array|null);

        /** DynamicValue json */
        json?: (Uint8Array|null);
    }

    /** Represents a DynamicValue. */
    class DynamicValue implements IDynamicValue {

        /**
         * Constructs a new DynamicValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IDynamicValue);

        /** DynamicValue msgpack. */
        public msgpack: Uint8Array;

        /** DynamicValue json. */
        public json: Uint8Array;

        /**
         * Creates a new DynamicValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DynamicValue instance
         */
        public static create(properties?: tfplugin6.IDynamicValue): tfplugin6.DynamicValue;

        /**
         * Encodes the specified DynamicValue message. Does not implicitly {@link tfplugin6.DynamicValue.verify|verify} messages.
         * @param message DynamicValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IDynamicValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DynamicValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DynamicValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.DynamicValue;

        /**
         * Gets the default type url for DynamicValue
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Diagnostic. */
    interface IDiagnostic {

        /** Diagnostic severity */
        severity?: (tfplugin6.Diagnostic.Severity|null);

        /** Diagnostic summary */
        summary?: (string|null);

        /** Diagnostic detail */
        detail?: (string|null);

        /** Diagnostic attribute */
        attribute?: (tfplugin6.IAttributePath|null);
    }

    /** Represents a Diagnostic. */
    class Diagnostic implements IDiagnostic {

        /**
         * Constructs a new Diagnostic.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IDiagnostic);

        /** Diagnostic severity. */
        public severity: tfplugin6.Diagnostic.Severity;

        /** Diagnostic summary. */
        public summary: string;

        /** Diagnostic detail. */
        public detail: string;

        /** Diagnostic attribute. */
        public attribute?: (tfplugin6.IAttributePath|null);

        /**
         * Creates a new Diagnostic instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Diagnostic instance
         */
        public static create(properties?: tfplugin6.IDiagnostic): tfplugin6.Diagnostic;

        /**
         * Encodes the specified Diagnostic message. Does not implicitly {@link tfplugin6.Diagnostic.verify|verify} messages.
         * @param message Diagnostic message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IDiagnostic, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Diagnostic message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Diagnostic
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Diagnostic;

        /**
         * Gets the default type url for Diagnostic
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Diagnostic {

        /** Severity enum. */
        enum Severity {
            INVALID = 0,
            ERROR = 1,
            WARNING = 2
        }
    }

    /** Properties of an AttributePath. */
    interface IAttributePath {

        /** AttributePath steps */
        steps?: (tfplugin6.AttributePath.IStep[]|null);
    }

    /** Represents an AttributePath. */
    class AttributePath implements IAttributePath {

        /**
         * Constructs a new AttributePath.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IAttributePath);

        /** AttributePath steps. */
        public steps: tfplugin6.AttributePath.IStep[];

        /**
         * Creates a new AttributePath instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AttributePath instance
         */
        public static create(properties?: tfplugin6.IAttributePath): tfplugin6.AttributePath;

        /**
         * Encodes the specified AttributePath message. Does not implicitly {@link tfplugin6.AttributePath.verify|verify} messages.
         * @param message AttributePath message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IAttributePath, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttributePath message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AttributePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.AttributePath;

        /**
         * Gets the default type url for AttributePath
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace AttributePath {

        /** Properties of a Step. */
        interface IStep {

            /** Step attributeName */
            attributeName?: (string|null);

            /** Step elementKeyString */
            elementKeyString?: (string|null);

            /** Step elementKeyInt */
            elementKeyInt?: (number|null);
        }

        /** Represents a Step. */
        class Step implements IStep {

            /**
             * Constructs a new Step.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.AttributePath.IStep);

            /** Step attributeName. */
            public attributeName?: (string|null);

            /** Step elementKeyString. */
            public elementKeyString?: (string|null);

            /** Step elementKeyInt. */
            public elementKeyInt?: (number|null);

            /** Step selector. */
            public selector?: ("attributeName"|"elementKeyString"|"elementKeyInt");

            /**
             * Creates a new Step instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Step instance
             */
            public static create(properties?: tfplugin6.AttributePath.IStep): tfplugin6.AttributePath.Step;

            /**
             * Encodes the specified Step message. Does not implicitly {@link tfplugin6.AttributePath.Step.verify|verify} messages.
             * @param message Step message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.AttributePath.IStep, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Step message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Step
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.AttributePath.Step;

            /**
             * Gets the default type url for Step
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a RawState. */
    interface IRawState {

        /** RawState json */
        json?: (Uint8Array|null);

        /** RawState flatmap */
        flatmap?: ({ [k: string]: string }|null);
    }

    /** Represents a RawState. */
    class RawState implements IRawState {

        /**
         * Constructs a new RawState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IRawState);

        /** RawState json. */
        public json: Uint8Array;

        /** RawState flatmap. */
        public flatmap: { [k: string]: string };

        /**
         * Creates a new RawState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RawState instance
         */
        public static create(properties?: tfplugin6.IRawState): tfplugin6.RawState;

        /**
         * Encodes the specified RawState message. Does not implicitly {@link tfplugin6.RawState.verify|verify} messages.
         * @param message RawState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IRawState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RawState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RawState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.RawState;

        /**
         * Gets the default type url for RawState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** StringKind enum. */
    enum StringKind {
        PLAIN = 0,
        MARKDOWN = 1
    }

    /** Properties of a Schema. */
    interface ISchema {

        /** Schema version */
        version?: (number|null);

        /** Schema block */
        block?: (tfplugin6.Schema.IBlock|null);
    }

    /** Represents a Schema. */
    class Schema implements ISchema {

        /**
         * Constructs a new Schema.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ISchema);

        /** Schema version. */
        public version: number;

        /** Schema block. */
        public block?: (tfplugin6.Schema.IBlock|null);

        /**
         * Creates a new Schema instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Schema instance
         */
        public static create(properties?: tfplugin6.ISchema): tfplugin6.Schema;

        /**
         * Encodes the specified Schema message. Does not implicitly {@link tfplugin6.Schema.verify|verify} messages.
         * @param message Schema message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.ISchema, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Schema message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Schema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema;

        /**
         * Gets the default type url for Schema
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Schema {

        /** Properties of a Block. */
        interface IBlock {

            /** Block version */
            version?: (number|null);

            /** Block attributes */
            attributes?: (tfplugin6.Schema.IAttribute[]|null);

            /** Block blockTypes */
            blockTypes?: (tfplugin6.Schema.INestedBlock[]|null);

            /** Block description */
            description?: (string|null);

            /** Block descriptionKind */
            descriptionKind?: (tfplugin6.StringKind|null);

            /** Block deprecated */
            deprecated?: (boolean|null);
        }

        /** Represents a Block. */
        class Block implements IBlock {

            /**
             * Constructs a new Block.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.IBlock);

            /** Block version. */
            public version: number;

            /** Block attributes. */
            public attributes: tfplugin6.Schema.IAttribute[];

            /** Block blockTypes. */
            public blockTypes: tfplugin6.Schema.INestedBlock[];

            /** Block description. */
            public description: string;

            /** Block descriptionKind. */
            public descriptionKind: tfplugin6.StringKind;

            /** Block deprecated. */
            public deprecated: boolean;

            /**
             * Creates a new Block instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Block instance
             */
            public static create(properties?: tfplugin6.Schema.IBlock): tfplugin6.Schema.Block;

            /**
             * Encodes the specified Block message. Does not implicitly {@link tfplugin6.Schema.Block.verify|verify} messages.
             * @param message Block message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.Schema.IBlock, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Block;

            /**
             * Gets the default type url for Block
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Attribute. */
        interface IAttribute {

            /** Attribute name */
            name?: (string|null);

            /** Attribute type */
            type?: (Uint8Array|null);

            /** Attribute nestedType */
            nestedType?: (tfplugin6.Schema.INestedObject|null);

            /** Attribute description */
            description?: (string|null);

            /** Attribute required */
            required?: (boolean|null);

            /** Attribute optional */
            optional?: (boolean|null);

            /** Attribute computed */
            computed?: (boolean|null);

            /** Attribute sensitive */
            sensitive?: (boolean|null);

            /** Attribute descriptionKind */
            descriptionKind?: (tfplugin6.StringKind|null);

            /** Attribute deprecated */
            deprecated?: (boolean|null);

            /** Attribute writeOnly */
            writeOnly?: (boolean|null);
        }

        /** Represents an Attribute. */
        class Attribute implements IAttribute {

            /**
             * Constructs a new Attribute.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.IAttribute);

            /** Attribute name. */
            public name: string;

            /** Attribute type. */
            public type: Uint8Array;

            /** Attribute nestedType. */
            public nestedType?: (tfplugin6.Schema.INestedObject|null);

            /** Attribute description. */
            public description: string;

            /** Attribute required. */
            public required: boolean;

            /** Attribute optional. */
            public optional: boolean;

            /** Attribute computed. */
            public computed: boolean;

            /** Attribute sensitive. */
            public sensitive: boolean;

            /** Attribute descriptionKind. */
            public descriptionKind: tfplugin6.StringKind;

            /** Attribute deprecated. */
            public deprecated: boolean;

            /** Attribute writeOnly. */
            public writeOnly: boolean;

            /**
             * Creates a new Attribute instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attribute instance
             */
            public static create(properties?: tfplugin6.Schema.IAttribute): tfplugin6.Schema.Attribute;

            /**
             * Encodes the specified Attribute message. Does not implicitly {@link tfplugin6.Schema.Attribute.verify|verify} messages.
             * @param message Attribute message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.Schema.IAttribute, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attribute message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Attribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Attribute;

            /**
             * Gets the default type url for Attribute
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a NestedBlock. */
        interface INestedBlock {

            /** NestedBlock typeName */
            typeName?: (string|null);

            /** NestedBlock block */
            block?: (tfplugin6.Schema.IBlock|null);

            /** NestedBlock nesting */
            nesting?: (tfplugin6.Schema.NestedBlock.NestingMode|null);

            /** NestedBlock minItems */
            minItems?: (number|null);

            /** NestedBlock maxItems */
            maxItems?: (number|null);
        }

        /** Represents a NestedBlock. */
        class NestedBlock implements INestedBlock {

            /**
             * Constructs a new NestedBlock.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.INestedBlock);

            /** NestedBlock typeName. */
            public typeName: string;

            /** NestedBlock block. */
            public block?: (tfplugin6.Schema.IBlock|null);

            /** NestedBlock nesting. */
            public nesting: tfplugin6.Schema.NestedBlock.NestingMode;

            /** NestedBlock minItems. */
            public minItems: number;

            /** NestedBlock maxItems. */
            public maxItems: number;

            /**
             * Creates a new NestedBlock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NestedBlock instance
             */
            public static create(properties?: tfplugin6.Schema.INestedBlock): tfplugin6.Schema.NestedBlock;

            /**
             * Encodes the specified NestedBlock message. Does not implicitly {@link tfplugin6.Schema.NestedBlock.verify|verify} messages.
             * @param message NestedBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.Schema.INestedBlock, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NestedBlock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NestedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.NestedBlock;

            /**
             * Gets the default type url for NestedBlock
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace NestedBlock {

            /** NestingMode enum. */
            enum NestingMode {
                INVALID = 0,
                SINGLE = 1,
                LIST = 2,
                SET = 3,
                MAP = 4,
                GROUP = 5
            }
        }

        /** Properties of a NestedObject. */
        interface INestedObject {

            /** NestedObject attributes */
            attributes?: (tfplugin6.Schema.IAttribute[]|null);

            /** NestedObject nesting */
            nesting?: (tfplugin6.Schema.NestedObject.NestingMode|null);
        }

        /** Represents a NestedObject. */
        class NestedObject implements INestedObject {

            /**
             * Constructs a new NestedObject.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Schema.INestedObject);

            /** NestedObject attributes. */
            public attributes: tfplugin6.Schema.IAttribute[];

            /** NestedObject nesting. */
            public nesting: tfplugin6.Schema.NestedObject.NestingMode;

            /**
             * Creates a new NestedObject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NestedObject instance
             */
            public static create(properties?: tfplugin6.Schema.INestedObject): tfplugin6.Schema.NestedObject;

            /**
             * Encodes the specified NestedObject message. Does not implicitly {@link tfplugin6.Schema.NestedObject.verify|verify} messages.
             * @param message NestedObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.Schema.INestedObject, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NestedObject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns NestedObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.NestedObject;

            /**
             * Gets the default type url for NestedObject
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace NestedObject {

            /** NestingMode enum. */
            enum NestingMode {
                INVALID = 0,
                SINGLE = 1,
                LIST = 2,
                SET = 3,
                MAP = 4
            }
        }
    }

    /** Properties of a Timestamp. */
    interface ITimestamp {

        /** Timestamp seconds */
        seconds?: (number|null);

        /** Timestamp nanos */
        nanos?: (number|null);
    }

    /** Represents a Timestamp. */
    class Timestamp implements ITimestamp {

        /**
         * Constructs a new Timestamp.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ITimestamp);

        /** Timestamp seconds. */
        public seconds: number;

        /** Timestamp nanos. */
        public nanos: number;

        /**
         * Creates a new Timestamp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Timestamp instance
         */
        public static create(properties?: tfplugin6.ITimestamp): tfplugin6.Timestamp;

        /**
         * Encodes the specified Timestamp message. Does not implicitly {@link tfplugin6.Timestamp.verify|verify} messages.
         * @param message Timestamp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Timestamp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Timestamp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Timestamp;

        /**
         * Gets the default type url for Timestamp
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Function. */
    interface IFunction {

        /** Function parameters */
        parameters?: (tfplugin6.Function.IParameter[]|null);

        /** Function variadicParameter */
        variadicParameter?: (tfplugin6.Function.IParameter|null);

        /** Function return */
        "return"?: (tfplugin6.Function.IReturn|null);

        /** Function summary */
        summary?: (string|null);

        /** Function description */
        description?: (string|null);

        /** Function descriptionKind */
        descriptionKind?: (tfplugin6.StringKind|null);

        /** Function deprecationMessage */
        deprecationMessage?: (string|null);
    }

    /** Represents a Function. */
    class Function implements IFunction {

        /**
         * Constructs a new Function.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IFunction);

        /** Function parameters. */
        public parameters: tfplugin6.Function.IParameter[];

        /** Function variadicParameter. */
        public variadicParameter?: (tfplugin6.Function.IParameter|null);

        /** Function return. */
        public return?: (tfplugin6.Function.IReturn|null);

        /** Function summary. */
        public summary: string;

        /** Function description. */
        public description: string;

        /** Function descriptionKind. */
        public descriptionKind: tfplugin6.StringKind;

        /** Function deprecationMessage. */
        public deprecationMessage: string;

        /**
         * Creates a new Function instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Function instance
         */
        public static create(properties?: tfplugin6.IFunction): tfplugin6.Function;

        /**
         * Encodes the specified Function message. Does not implicitly {@link tfplugin6.Function.verify|verify} messages.
         * @param message Function message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IFunction, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Function message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Function
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Function;

        /**
         * Gets the default type url for Function
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Function {

        /** Properties of a Parameter. */
        interface IParameter {

            /** Parameter name */
            name?: (string|null);

            /** Parameter type */
            type?: (Uint8Array|null);

            /** Parameter allowNullValue */
            allowNullValue?: (boolean|null);

            /** Parameter allowUnknownValues */
            allowUnknownValues?: (boolean|null);

            /** Parameter description */
            description?: (string|null);

            /** Parameter descriptionKind */
            descriptionKind?: (tfplugin6.StringKind|null);
        }

        /** Represents a Parameter. */
        class Parameter implements IParameter {

            /**
             * Constructs a new Parameter.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Function.IParameter);

            /** Parameter name. */
            public name: string;

            /** Parameter type. */
            public type: Uint8Array;

            /** Parameter allowNullValue. */
            public allowNullValue: boolean;

            /** Parameter allowUnknownValues. */
            public allowUnknownValues: boolean;

            /** Parameter description. */
            public description: string;

            /** Parameter descriptionKind. */
            public descriptionKind: tfplugin6.StringKind;

            /**
             * Creates a new Parameter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Parameter instance
             */
            public static create(properties?: tfplugin6.Function.IParameter): tfplugin6.Function.Parameter;

            /**
             * Encodes the specified Parameter message. Does not implicitly {@link tfplugin6.Function.Parameter.verify|verify} messages.
             * @param message Parameter message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.Function.IParameter, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Parameter message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Parameter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Function.Parameter;

            /**
             * Gets the default type url for Parameter
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Return. */
        interface IReturn {

            /** Return type */
            type?: (Uint8Array|null);
        }

        /** Represents a Return. */
        class Return implements IReturn {

            /**
             * Constructs a new Return.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.Function.IReturn);

            /** Return type. */
            public type: Uint8Array;

            /**
             * Creates a new Return instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Return instance
             */
            public static create(properties?: tfplugin6.Function.IReturn): tfplugin6.Function.Return;

            /**
             * Encodes the specified Return message. Does not implicitly {@link tfplugin6.Function.Return.verify|verify} messages.
             * @param message Return message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.Function.IReturn, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Return message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Return
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Function.Return;

            /**
             * Gets the default type url for Return
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ServerCapabilities. */
    interface IServerCapabilities {

        /** ServerCapabilities planDestroy */
        planDestroy?: (boolean|null);

        /** ServerCapabilities getProviderSchemaOptional */
        getProviderSchemaOptional?: (boolean|null);

        /** ServerCapabilities moveResourceState */
        moveResourceState?: (boolean|null);
    }

    /** Represents a ServerCapabilities. */
    class ServerCapabilities implements IServerCapabilities {

        /**
         * Constructs a new ServerCapabilities.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IServerCapabilities);

        /** ServerCapabilities planDestroy. */
        public planDestroy: boolean;

        /** ServerCapabilities getProviderSchemaOptional. */
        public getProviderSchemaOptional: boolean;

        /** ServerCapabilities moveResourceState. */
        public moveResourceState: boolean;

        /**
         * Creates a new ServerCapabilities instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerCapabilities instance
         */
        public static create(properties?: tfplugin6.IServerCapabilities): tfplugin6.ServerCapabilities;

        /**
         * Encodes the specified ServerCapabilities message. Does not implicitly {@link tfplugin6.ServerCapabilities.verify|verify} messages.
         * @param message ServerCapabilities message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IServerCapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerCapabilities message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ServerCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ServerCapabilities;

        /**
         * Gets the default type url for ServerCapabilities
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ClientCapabilities. */
    interface IClientCapabilities {

        /** ClientCapabilities deferralAllowed */
        deferralAllowed?: (boolean|null);

        /** ClientCapabilities writeOnlyAttributesAllowed */
        writeOnlyAttributesAllowed?: (boolean|null);
    }

    /** Represents a ClientCapabilities. */
    class ClientCapabilities implements IClientCapabilities {

        /**
         * Constructs a new ClientCapabilities.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IClientCapabilities);

        /** ClientCapabilities deferralAllowed. */
        public deferralAllowed: boolean;

        /** ClientCapabilities writeOnlyAttributesAllowed. */
        public writeOnlyAttributesAllowed: boolean;

        /**
         * Creates a new ClientCapabilities instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClientCapabilities instance
         */
        public static create(properties?: tfplugin6.IClientCapabilities): tfplugin6.ClientCapabilities;

        /**
         * Encodes the specified ClientCapabilities message. Does not implicitly {@link tfplugin6.ClientCapabilities.verify|verify} messages.
         * @param message ClientCapabilities message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IClientCapabilities, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientCapabilities message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ClientCapabilities
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ClientCapabilities;

        /**
         * Gets the default type url for ClientCapabilities
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a GetMetadata. */
    interface IGetMetadata {
    }

    /** Represents a GetMetadata. */
    class GetMetadata implements IGetMetadata {

        /**
         * Constructs a new GetMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IGetMetadata);

        /**
         * Creates a new GetMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetMetadata instance
         */
        public static create(properties?: tfplugin6.IGetMetadata): tfplugin6.GetMetadata;

        /**
         * Encodes the specified GetMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.verify|verify} messages.
         * @param message GetMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IGetMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata;

        /**
         * Gets the default type url for GetMetadata
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace GetMetadata {

        /** Properties of a Request. */
        interface IRequest {
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.IRequest);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.GetMetadata.IRequest): tfplugin6.GetMetadata.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetMetadata.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetMetadata.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response serverCapabilities */
            serverCapabilities?: (tfplugin6.IServerCapabilities|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);

            /** Response dataSources */
            dataSources?: (tfplugin6.GetMetadata.IDataSourceMetadata[]|null);

            /** Response resources */
            resources?: (tfplugin6.GetMetadata.IResourceMetadata[]|null);

            /** Response functions */
            functions?: (tfplugin6.GetMetadata.IFunctionMetadata[]|null);

            /** Response ephemeralResources */
            ephemeralResources?: (tfplugin6.GetMetadata.IEphemeralMetadata[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.IResponse);

            /** Response serverCapabilities. */
            public serverCapabilities?: (tfplugin6.IServerCapabilities|null);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /** Response dataSources. */
            public dataSources: tfplugin6.GetMetadata.IDataSourceMetadata[];

            /** Response resources. */
            public resources: tfplugin6.GetMetadata.IResourceMetadata[];

            /** Response functions. */
            public functions: tfplugin6.GetMetadata.IFunctionMetadata[];

            /** Response ephemeralResources. */
            public ephemeralResources: tfplugin6.GetMetadata.IEphemeralMetadata[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.GetMetadata.IResponse): tfplugin6.GetMetadata.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetMetadata.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetMetadata.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DataSourceMetadata. */
        interface IDataSourceMetadata {

            /** DataSourceMetadata typeName */
            typeName?: (string|null);
        }

        /** Represents a DataSourceMetadata. */
        class DataSourceMetadata implements IDataSourceMetadata {

            /**
             * Constructs a new DataSourceMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.IDataSourceMetadata);

            /** DataSourceMetadata typeName. */
            public typeName: string;

            /**
             * Creates a new DataSourceMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataSourceMetadata instance
             */
            public static create(properties?: tfplugin6.GetMetadata.IDataSourceMetadata): tfplugin6.GetMetadata.DataSourceMetadata;

            /**
             * Encodes the specified DataSourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.DataSourceMetadata.verify|verify} messages.
             * @param message DataSourceMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetMetadata.IDataSourceMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataSourceMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DataSourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.DataSourceMetadata;

            /**
             * Gets the default type url for DataSourceMetadata
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ResourceMetadata. */
        interface IResourceMetadata {

            /** ResourceMetadata typeName */
            typeName?: (string|null);
        }

        /** Represents a ResourceMetadata. */
        class ResourceMetadata implements IResourceMetadata {

            /**
             * Constructs a new ResourceMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.IResourceMetadata);

            /** ResourceMetadata typeName. */
            public typeName: string;

            /**
             * Creates a new ResourceMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceMetadata instance
             */
            public static create(properties?: tfplugin6.GetMetadata.IResourceMetadata): tfplugin6.GetMetadata.ResourceMetadata;

            /**
             * Encodes the specified ResourceMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.ResourceMetadata.verify|verify} messages.
             * @param message ResourceMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetMetadata.IResourceMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResourceMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.ResourceMetadata;

            /**
             * Gets the default type url for ResourceMetadata
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FunctionMetadata. */
        interface IFunctionMetadata {

            /** FunctionMetadata name */
            name?: (string|null);
        }

        /** Represents a FunctionMetadata. */
        class FunctionMetadata implements IFunctionMetadata {

            /**
             * Constructs a new FunctionMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.IFunctionMetadata);

            /** FunctionMetadata name. */
            public name: string;

            /**
             * Creates a new FunctionMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FunctionMetadata instance
             */
            public static create(properties?: tfplugin6.GetMetadata.IFunctionMetadata): tfplugin6.GetMetadata.FunctionMetadata;

            /**
             * Encodes the specified FunctionMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.FunctionMetadata.verify|verify} messages.
             * @param message FunctionMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetMetadata.IFunctionMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FunctionMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FunctionMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.FunctionMetadata;

            /**
             * Gets the default type url for FunctionMetadata
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EphemeralMetadata. */
        interface IEphemeralMetadata {

            /** EphemeralMetadata typeName */
            typeName?: (string|null);
        }

        /** Represents an EphemeralMetadata. */
        class EphemeralMetadata implements IEphemeralMetadata {

            /**
             * Constructs a new EphemeralMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetMetadata.IEphemeralMetadata);

            /** EphemeralMetadata typeName. */
            public typeName: string;

            /**
             * Creates a new EphemeralMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EphemeralMetadata instance
             */
            public static create(properties?: tfplugin6.GetMetadata.IEphemeralMetadata): tfplugin6.GetMetadata.EphemeralMetadata;

            /**
             * Encodes the specified EphemeralMetadata message. Does not implicitly {@link tfplugin6.GetMetadata.EphemeralMetadata.verify|verify} messages.
             * @param message EphemeralMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetMetadata.IEphemeralMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EphemeralMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EphemeralMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.EphemeralMetadata;

            /**
             * Gets the default type url for EphemeralMetadata
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a GetProviderSchema. */
    interface IGetProviderSchema {
    }

    /** Represents a GetProviderSchema. */
    class GetProviderSchema implements IGetProviderSchema {

        /**
         * Constructs a new GetProviderSchema.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IGetProviderSchema);

        /**
         * Creates a new GetProviderSchema instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetProviderSchema instance
         */
        public static create(properties?: tfplugin6.IGetProviderSchema): tfplugin6.GetProviderSchema;

        /**
         * Encodes the specified GetProviderSchema message. Does not implicitly {@link tfplugin6.GetProviderSchema.verify|verify} messages.
         * @param message GetProviderSchema message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IGetProviderSchema, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetProviderSchema message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetProviderSchema
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema;

        /**
         * Gets the default type url for GetProviderSchema
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace GetProviderSchema {

        /** Properties of a Request. */
        interface IRequest {
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetProviderSchema.IRequest);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.GetProviderSchema.IRequest): tfplugin6.GetProviderSchema.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetProviderSchema.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetProviderSchema.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response provider */
            provider?: (tfplugin6.ISchema|null);

            /** Response resourceSchemas */
            resourceSchemas?: ({ [k: string]: tfplugin6.ISchema }|null);

            /** Response dataSourceSchemas */
            dataSourceSchemas?: ({ [k: string]: tfplugin6.ISchema }|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);

            /** Response providerMeta */
            providerMeta?: (tfplugin6.ISchema|null);

            /** Response serverCapabilities */
            serverCapabilities?: (tfplugin6.IServerCapabilities|null);

            /** Response functions */
            functions?: ({ [k: string]: tfplugin6.IFunction }|null);

            /** Response ephemeralResourceSchemas */
            ephemeralResourceSchemas?: ({ [k: string]: tfplugin6.ISchema }|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetProviderSchema.IResponse);

            /** Response provider. */
            public provider?: (tfplugin6.ISchema|null);

            /** Response resourceSchemas. */
            public resourceSchemas: { [k: string]: tfplugin6.ISchema };

            /** Response dataSourceSchemas. */
            public dataSourceSchemas: { [k: string]: tfplugin6.ISchema };

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /** Response providerMeta. */
            public providerMeta?: (tfplugin6.ISchema|null);

            /** Response serverCapabilities. */
            public serverCapabilities?: (tfplugin6.IServerCapabilities|null);

            /** Response functions. */
            public functions: { [k: string]: tfplugin6.IFunction };

            /** Response ephemeralResourceSchemas. */
            public ephemeralResourceSchemas: { [k: string]: tfplugin6.ISchema };

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.GetProviderSchema.IResponse): tfplugin6.GetProviderSchema.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetProviderSchema.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetProviderSchema.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ValidateProviderConfig. */
    interface IValidateProviderConfig {
    }

    /** Represents a ValidateProviderConfig. */
    class ValidateProviderConfig implements IValidateProviderConfig {

        /**
         * Constructs a new ValidateProviderConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IValidateProviderConfig);

        /**
         * Creates a new ValidateProviderConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateProviderConfig instance
         */
        public static create(properties?: tfplugin6.IValidateProviderConfig): tfplugin6.ValidateProviderConfig;

        /**
         * Encodes the specified ValidateProviderConfig message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.verify|verify} messages.
         * @param message ValidateProviderConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IValidateProviderConfig, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateProviderConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ValidateProviderConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig;

        /**
         * Gets the default type url for ValidateProviderConfig
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ValidateProviderConfig {

        /** Properties of a Request. */
        interface IRequest {

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateProviderConfig.IRequest);

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ValidateProviderConfig.IRequest): tfplugin6.ValidateProviderConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateProviderConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateProviderConfig.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ValidateProviderConfig.IResponse): tfplugin6.ValidateProviderConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateProviderConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateProviderConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of an UpgradeResourceState. */
    interface IUpgradeResourceState {
    }

    /** Represents an UpgradeResourceState. */
    class UpgradeResourceState implements IUpgradeResourceState {

        /**
         * Constructs a new UpgradeResourceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IUpgradeResourceState);

        /**
         * Creates a new UpgradeResourceState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpgradeResourceState instance
         */
        public static create(properties?: tfplugin6.IUpgradeResourceState): tfplugin6.UpgradeResourceState;

        /**
         * Encodes the specified UpgradeResourceState message. Does not implicitly {@link tfplugin6.UpgradeResourceState.verify|verify} messages.
         * @param message UpgradeResourceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IUpgradeResourceState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpgradeResourceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UpgradeResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState;

        /**
         * Gets the default type url for UpgradeResourceState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace UpgradeResourceState {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request version */
            version?: (number|null);

            /** Request rawState */
            rawState?: (tfplugin6.IRawState|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.UpgradeResourceState.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request version. */
            public version: number;

            /** Request rawState. */
            public rawState?: (tfplugin6.IRawState|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.UpgradeResourceState.IRequest): tfplugin6.UpgradeResourceState.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.UpgradeResourceState.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response upgradedState */
            upgradedState?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.UpgradeResourceState.IResponse);

            /** Response upgradedState. */
            public upgradedState?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.UpgradeResourceState.IResponse): tfplugin6.UpgradeResourceState.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.UpgradeResourceState.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.UpgradeResourceState.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ValidateResourceConfig. */
    interface IValidateResourceConfig {
    }

    /** Represents a ValidateResourceConfig. */
    class ValidateResourceConfig implements IValidateResourceConfig {

        /**
         * Constructs a new ValidateResourceConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IValidateResourceConfig);

        /**
         * Creates a new ValidateResourceConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateResourceConfig instance
         */
        public static create(properties?: tfplugin6.IValidateResourceConfig): tfplugin6.ValidateResourceConfig;

        /**
         * Encodes the specified ValidateResourceConfig message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.verify|verify} messages.
         * @param message ValidateResourceConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IValidateResourceConfig, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateResourceConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ValidateResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig;

        /**
         * Gets the default type url for ValidateResourceConfig
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ValidateResourceConfig {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateResourceConfig.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ValidateResourceConfig.IRequest): tfplugin6.ValidateResourceConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateResourceConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateResourceConfig.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ValidateResourceConfig.IResponse): tfplugin6.ValidateResourceConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateResourceConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateResourceConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ValidateDataResourceConfig. */
    interface IValidateDataResourceConfig {
    }

    /** Represents a ValidateDataResourceConfig. */
    class ValidateDataResourceConfig implements IValidateDataResourceConfig {

        /**
         * Constructs a new ValidateDataResourceConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IValidateDataResourceConfig);

        /**
         * Creates a new ValidateDataResourceConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateDataResourceConfig instance
         */
        public static create(properties?: tfplugin6.IValidateDataResourceConfig): tfplugin6.ValidateDataResourceConfig;

        /**
         * Encodes the specified ValidateDataResourceConfig message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.verify|verify} messages.
         * @param message ValidateDataResourceConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IValidateDataResourceConfig, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateDataResourceConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ValidateDataResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig;

        /**
         * Gets the default type url for ValidateDataResourceConfig
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ValidateDataResourceConfig {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateDataResourceConfig.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ValidateDataResourceConfig.IRequest): tfplugin6.ValidateDataResourceConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateDataResourceConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateDataResourceConfig.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ValidateDataResourceConfig.IResponse): tfplugin6.ValidateDataResourceConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateDataResourceConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateDataResourceConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ConfigureProvider. */
    interface IConfigureProvider {
    }

    /** Represents a ConfigureProvider. */
    class ConfigureProvider implements IConfigureProvider {

        /**
         * Constructs a new ConfigureProvider.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IConfigureProvider);

        /**
         * Creates a new ConfigureProvider instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfigureProvider instance
         */
        public static create(properties?: tfplugin6.IConfigureProvider): tfplugin6.ConfigureProvider;

        /**
         * Encodes the specified ConfigureProvider message. Does not implicitly {@link tfplugin6.ConfigureProvider.verify|verify} messages.
         * @param message ConfigureProvider message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IConfigureProvider, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfigureProvider message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ConfigureProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider;

        /**
         * Gets the default type url for ConfigureProvider
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ConfigureProvider {

        /** Properties of a Request. */
        interface IRequest {

            /** Request terraformVersion */
            terraformVersion?: (string|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ConfigureProvider.IRequest);

            /** Request terraformVersion. */
            public terraformVersion: string;

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ConfigureProvider.IRequest): tfplugin6.ConfigureProvider.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ConfigureProvider.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ConfigureProvider.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ConfigureProvider.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ConfigureProvider.IResponse): tfplugin6.ConfigureProvider.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ConfigureProvider.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ConfigureProvider.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ReadResource. */
    interface IReadResource {
    }

    /** Represents a ReadResource. */
    class ReadResource implements IReadResource {

        /**
         * Constructs a new ReadResource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IReadResource);

        /**
         * Creates a new ReadResource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadResource instance
         */
        public static create(properties?: tfplugin6.IReadResource): tfplugin6.ReadResource;

        /**
         * Encodes the specified ReadResource message. Does not implicitly {@link tfplugin6.ReadResource.verify|verify} messages.
         * @param message ReadResource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IReadResource, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadResource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource;

        /**
         * Gets the default type url for ReadResource
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ReadResource {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request currentState */
            currentState?: (tfplugin6.IDynamicValue|null);

            /** Request private */
            "private"?: (Uint8Array|null);

            /** Request providerMeta */
            providerMeta?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadResource.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request currentState. */
            public currentState?: (tfplugin6.IDynamicValue|null);

            /** Request private. */
            public private: Uint8Array;

            /** Request providerMeta. */
            public providerMeta?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ReadResource.IRequest): tfplugin6.ReadResource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadResource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ReadResource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response newState */
            newState?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);

            /** Response private */
            "private"?: (Uint8Array|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadResource.IResponse);

            /** Response newState. */
            public newState?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /** Response private. */
            public private: Uint8Array;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ReadResource.IResponse): tfplugin6.ReadResource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadResource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ReadResource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a PlanResourceChange. */
    interface IPlanResourceChange {
    }

    /** Represents a PlanResourceChange. */
    class PlanResourceChange implements IPlanResourceChange {

        /**
         * Constructs a new PlanResourceChange.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IPlanResourceChange);

        /**
         * Creates a new PlanResourceChange instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PlanResourceChange instance
         */
        public static create(properties?: tfplugin6.IPlanResourceChange): tfplugin6.PlanResourceChange;

        /**
         * Encodes the specified PlanResourceChange message. Does not implicitly {@link tfplugin6.PlanResourceChange.verify|verify} messages.
         * @param message PlanResourceChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IPlanResourceChange, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PlanResourceChange message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PlanResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange;

        /**
         * Gets the default type url for PlanResourceChange
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace PlanResourceChange {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request priorState */
            priorState?: (tfplugin6.IDynamicValue|null);

            /** Request proposedNewState */
            proposedNewState?: (tfplugin6.IDynamicValue|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);

            /** Request priorPrivate */
            priorPrivate?: (Uint8Array|null);

            /** Request providerMeta */
            providerMeta?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.PlanResourceChange.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request priorState. */
            public priorState?: (tfplugin6.IDynamicValue|null);

            /** Request proposedNewState. */
            public proposedNewState?: (tfplugin6.IDynamicValue|null);

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /** Request priorPrivate. */
            public priorPrivate: Uint8Array;

            /** Request providerMeta. */
            public providerMeta?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.PlanResourceChange.IRequest): tfplugin6.PlanResourceChange.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.PlanResourceChange.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.PlanResourceChange.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response plannedState */
            plannedState?: (tfplugin6.IDynamicValue|null);

            /** Response requiresReplace */
            requiresReplace?: (tfplugin6.IAttributePath[]|null);

            /** Response plannedPrivate */
            plannedPrivate?: (Uint8Array|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.PlanResourceChange.IResponse);

            /** Response plannedState. */
            public plannedState?: (tfplugin6.IDynamicValue|null);

            /** Response requiresReplace. */
            public requiresReplace: tfplugin6.IAttributePath[];

            /** Response plannedPrivate. */
            public plannedPrivate: Uint8Array;

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.PlanResourceChange.IResponse): tfplugin6.PlanResourceChange.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.PlanResourceChange.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.PlanResourceChange.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of an ApplyResourceChange. */
    interface IApplyResourceChange {
    }

    /** Represents an ApplyResourceChange. */
    class ApplyResourceChange implements IApplyResourceChange {

        /**
         * Constructs a new ApplyResourceChange.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IApplyResourceChange);

        /**
         * Creates a new ApplyResourceChange instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ApplyResourceChange instance
         */
        public static create(properties?: tfplugin6.IApplyResourceChange): tfplugin6.ApplyResourceChange;

        /**
         * Encodes the specified ApplyResourceChange message. Does not implicitly {@link tfplugin6.ApplyResourceChange.verify|verify} messages.
         * @param message ApplyResourceChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IApplyResourceChange, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ApplyResourceChange message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ApplyResourceChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange;

        /**
         * Gets the default type url for ApplyResourceChange
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ApplyResourceChange {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request priorState */
            priorState?: (tfplugin6.IDynamicValue|null);

            /** Request plannedState */
            plannedState?: (tfplugin6.IDynamicValue|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);

            /** Request plannedPrivate */
            plannedPrivate?: (Uint8Array|null);

            /** Request providerMeta */
            providerMeta?: (tfplugin6.IDynamicValue|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ApplyResourceChange.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request priorState. */
            public priorState?: (tfplugin6.IDynamicValue|null);

            /** Request plannedState. */
            public plannedState?: (tfplugin6.IDynamicValue|null);

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /** Request plannedPrivate. */
            public plannedPrivate: Uint8Array;

            /** Request providerMeta. */
            public providerMeta?: (tfplugin6.IDynamicValue|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ApplyResourceChange.IRequest): tfplugin6.ApplyResourceChange.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ApplyResourceChange.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response newState */
            newState?: (tfplugin6.IDynamicValue|null);

            /** Response private */
            "private"?: (Uint8Array|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ApplyResourceChange.IResponse);

            /** Response newState. */
            public newState?: (tfplugin6.IDynamicValue|null);

            /** Response private. */
            public private: Uint8Array;

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ApplyResourceChange.IResponse): tfplugin6.ApplyResourceChange.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ApplyResourceChange.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ApplyResourceChange.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of an ImportResourceState. */
    interface IImportResourceState {
    }

    /** Represents an ImportResourceState. */
    class ImportResourceState implements IImportResourceState {

        /**
         * Constructs a new ImportResourceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IImportResourceState);

        /**
         * Creates a new ImportResourceState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImportResourceState instance
         */
        public static create(properties?: tfplugin6.IImportResourceState): tfplugin6.ImportResourceState;

        /**
         * Encodes the specified ImportResourceState message. Does not implicitly {@link tfplugin6.ImportResourceState.verify|verify} messages.
         * @param message ImportResourceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IImportResourceState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImportResourceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ImportResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState;

        /**
         * Gets the default type url for ImportResourceState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ImportResourceState {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request id */
            id?: (string|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ImportResourceState.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request id. */
            public id: string;

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ImportResourceState.IRequest): tfplugin6.ImportResourceState.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ImportResourceState.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ImportResourceState.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ImportedResource. */
        interface IImportedResource {

            /** ImportedResource typeName */
            typeName?: (string|null);

            /** ImportedResource state */
            state?: (tfplugin6.IDynamicValue|null);

            /** ImportedResource private */
            "private"?: (Uint8Array|null);
        }

        /** Represents an ImportedResource. */
        class ImportedResource implements IImportedResource {

            /**
             * Constructs a new ImportedResource.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ImportResourceState.IImportedResource);

            /** ImportedResource typeName. */
            public typeName: string;

            /** ImportedResource state. */
            public state?: (tfplugin6.IDynamicValue|null);

            /** ImportedResource private. */
            public private: Uint8Array;

            /**
             * Creates a new ImportedResource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ImportedResource instance
             */
            public static create(properties?: tfplugin6.ImportResourceState.IImportedResource): tfplugin6.ImportResourceState.ImportedResource;

            /**
             * Encodes the specified ImportedResource message. Does not implicitly {@link tfplugin6.ImportResourceState.ImportedResource.verify|verify} messages.
             * @param message ImportedResource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ImportResourceState.IImportedResource, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ImportedResource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ImportedResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.ImportedResource;

            /**
             * Gets the default type url for ImportedResource
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response importedResources */
            importedResources?: (tfplugin6.ImportResourceState.IImportedResource[]|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ImportResourceState.IResponse);

            /** Response importedResources. */
            public importedResources: tfplugin6.ImportResourceState.IImportedResource[];

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ImportResourceState.IResponse): tfplugin6.ImportResourceState.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ImportResourceState.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ImportResourceState.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a MoveResourceState. */
    interface IMoveResourceState {
    }

    /** Represents a MoveResourceState. */
    class MoveResourceState implements IMoveResourceState {

        /**
         * Constructs a new MoveResourceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IMoveResourceState);

        /**
         * Creates a new MoveResourceState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MoveResourceState instance
         */
        public static create(properties?: tfplugin6.IMoveResourceState): tfplugin6.MoveResourceState;

        /**
         * Encodes the specified MoveResourceState message. Does not implicitly {@link tfplugin6.MoveResourceState.verify|verify} messages.
         * @param message MoveResourceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IMoveResourceState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MoveResourceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MoveResourceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.MoveResourceState;

        /**
         * Gets the default type url for MoveResourceState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace MoveResourceState {

        /** Properties of a Request. */
        interface IRequest {

            /** Request sourceProviderAddress */
            sourceProviderAddress?: (string|null);

            /** Request sourceTypeName */
            sourceTypeName?: (string|null);

            /** Request sourceSchemaVersion */
            sourceSchemaVersion?: (number|null);

            /** Request sourceState */
            sourceState?: (tfplugin6.IRawState|null);

            /** Request targetTypeName */
            targetTypeName?: (string|null);

            /** Request sourcePrivate */
            sourcePrivate?: (Uint8Array|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.MoveResourceState.IRequest);

            /** Request sourceProviderAddress. */
            public sourceProviderAddress: string;

            /** Request sourceTypeName. */
            public sourceTypeName: string;

            /** Request sourceSchemaVersion. */
            public sourceSchemaVersion: number;

            /** Request sourceState. */
            public sourceState?: (tfplugin6.IRawState|null);

            /** Request targetTypeName. */
            public targetTypeName: string;

            /** Request sourcePrivate. */
            public sourcePrivate: Uint8Array;

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.MoveResourceState.IRequest): tfplugin6.MoveResourceState.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.MoveResourceState.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.MoveResourceState.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.MoveResourceState.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response targetState */
            targetState?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);

            /** Response targetPrivate */
            targetPrivate?: (Uint8Array|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.MoveResourceState.IResponse);

            /** Response targetState. */
            public targetState?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /** Response targetPrivate. */
            public targetPrivate: Uint8Array;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.MoveResourceState.IResponse): tfplugin6.MoveResourceState.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.MoveResourceState.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.MoveResourceState.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.MoveResourceState.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ReadDataSource. */
    interface IReadDataSource {
    }

    /** Represents a ReadDataSource. */
    class ReadDataSource implements IReadDataSource {

        /**
         * Constructs a new ReadDataSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IReadDataSource);

        /**
         * Creates a new ReadDataSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadDataSource instance
         */
        public static create(properties?: tfplugin6.IReadDataSource): tfplugin6.ReadDataSource;

        /**
         * Encodes the specified ReadDataSource message. Does not implicitly {@link tfplugin6.ReadDataSource.verify|verify} messages.
         * @param message ReadDataSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IReadDataSource, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadDataSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadDataSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource;

        /**
         * Gets the default type url for ReadDataSource
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ReadDataSource {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);

            /** Request providerMeta */
            providerMeta?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadDataSource.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /** Request providerMeta. */
            public providerMeta?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ReadDataSource.IRequest): tfplugin6.ReadDataSource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ReadDataSource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ReadDataSource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response state */
            state?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ReadDataSource.IResponse);

            /** Response state. */
            public state?: (tfplugin6.IDynamicValue|null);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ReadDataSource.IResponse): tfplugin6.ReadDataSource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ReadDataSource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ReadDataSource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a ValidateEphemeralResourceConfig. */
    interface IValidateEphemeralResourceConfig {
    }

    /** Represents a ValidateEphemeralResourceConfig. */
    class ValidateEphemeralResourceConfig implements IValidateEphemeralResourceConfig {

        /**
         * Constructs a new ValidateEphemeralResourceConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IValidateEphemeralResourceConfig);

        /**
         * Creates a new ValidateEphemeralResourceConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidateEphemeralResourceConfig instance
         */
        public static create(properties?: tfplugin6.IValidateEphemeralResourceConfig): tfplugin6.ValidateEphemeralResourceConfig;

        /**
         * Encodes the specified ValidateEphemeralResourceConfig message. Does not implicitly {@link tfplugin6.ValidateEphemeralResourceConfig.verify|verify} messages.
         * @param message ValidateEphemeralResourceConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IValidateEphemeralResourceConfig, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidateEphemeralResourceConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ValidateEphemeralResourceConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateEphemeralResourceConfig;

        /**
         * Gets the default type url for ValidateEphemeralResourceConfig
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace ValidateEphemeralResourceConfig {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateEphemeralResourceConfig.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.ValidateEphemeralResourceConfig.IRequest): tfplugin6.ValidateEphemeralResourceConfig.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.ValidateEphemeralResourceConfig.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateEphemeralResourceConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateEphemeralResourceConfig.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.ValidateEphemeralResourceConfig.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.ValidateEphemeralResourceConfig.IResponse): tfplugin6.ValidateEphemeralResourceConfig.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.ValidateEphemeralResourceConfig.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.ValidateEphemeralResourceConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateEphemeralResourceConfig.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of an OpenEphemeralResource. */
    interface IOpenEphemeralResource {
    }

    /** Represents an OpenEphemeralResource. */
    class OpenEphemeralResource implements IOpenEphemeralResource {

        /**
         * Constructs a new OpenEphemeralResource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IOpenEphemeralResource);

        /**
         * Creates a new OpenEphemeralResource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpenEphemeralResource instance
         */
        public static create(properties?: tfplugin6.IOpenEphemeralResource): tfplugin6.OpenEphemeralResource;

        /**
         * Encodes the specified OpenEphemeralResource message. Does not implicitly {@link tfplugin6.OpenEphemeralResource.verify|verify} messages.
         * @param message OpenEphemeralResource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IOpenEphemeralResource, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpenEphemeralResource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns OpenEphemeralResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.OpenEphemeralResource;

        /**
         * Gets the default type url for OpenEphemeralResource
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace OpenEphemeralResource {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request config */
            config?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities */
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.OpenEphemeralResource.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request config. */
            public config?: (tfplugin6.IDynamicValue|null);

            /** Request clientCapabilities. */
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.OpenEphemeralResource.IRequest): tfplugin6.OpenEphemeralResource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.OpenEphemeralResource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.OpenEphemeralResource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.OpenEphemeralResource.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);

            /** Response renewAt */
            renewAt?: (tfplugin6.ITimestamp|null);

            /** Response result */
            result?: (tfplugin6.IDynamicValue|null);

            /** Response private */
            "private"?: (Uint8Array|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.OpenEphemeralResource.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /** Response renewAt. */
            public renewAt?: (tfplugin6.ITimestamp|null);

            /** Response result. */
            public result?: (tfplugin6.IDynamicValue|null);

            /** Response private. */
            public private?: (Uint8Array|null);

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.OpenEphemeralResource.IResponse): tfplugin6.OpenEphemeralResource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.OpenEphemeralResource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.OpenEphemeralResource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.OpenEphemeralResource.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a RenewEphemeralResource. */
    interface IRenewEphemeralResource {
    }

    /** Represents a RenewEphemeralResource. */
    class RenewEphemeralResource implements IRenewEphemeralResource {

        /**
         * Constructs a new RenewEphemeralResource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IRenewEphemeralResource);

        /**
         * Creates a new RenewEphemeralResource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RenewEphemeralResource instance
         */
        public static create(properties?: tfplugin6.IRenewEphemeralResource): tfplugin6.RenewEphemeralResource;

        /**
         * Encodes the specified RenewEphemeralResource message. Does not implicitly {@link tfplugin6.RenewEphemeralResource.verify|verify} messages.
         * @param message RenewEphemeralResource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IRenewEphemeralResource, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RenewEphemeralResource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RenewEphemeralResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.RenewEphemeralResource;

        /**
         * Gets the default type url for RenewEphemeralResource
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace RenewEphemeralResource {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request private */
            "private"?: (Uint8Array|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.RenewEphemeralResource.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request private. */
            public private?: (Uint8Array|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.RenewEphemeralResource.IRequest): tfplugin6.RenewEphemeralResource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.RenewEphemeralResource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.RenewEphemeralResource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.RenewEphemeralResource.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);

            /** Response renewAt */
            renewAt?: (tfplugin6.ITimestamp|null);

            /** Response private */
            "private"?: (Uint8Array|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.RenewEphemeralResource.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /** Response renewAt. */
            public renewAt?: (tfplugin6.ITimestamp|null);

            /** Response private. */
            public private?: (Uint8Array|null);

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.RenewEphemeralResource.IResponse): tfplugin6.RenewEphemeralResource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.RenewEphemeralResource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.RenewEphemeralResource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.RenewEphemeralResource.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a CloseEphemeralResource. */
    interface ICloseEphemeralResource {
    }

    /** Represents a CloseEphemeralResource. */
    class CloseEphemeralResource implements ICloseEphemeralResource {

        /**
         * Constructs a new CloseEphemeralResource.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ICloseEphemeralResource);

        /**
         * Creates a new CloseEphemeralResource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseEphemeralResource instance
         */
        public static create(properties?: tfplugin6.ICloseEphemeralResource): tfplugin6.CloseEphemeralResource;

        /**
         * Encodes the specified CloseEphemeralResource message. Does not implicitly {@link tfplugin6.CloseEphemeralResource.verify|verify} messages.
         * @param message CloseEphemeralResource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.ICloseEphemeralResource, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseEphemeralResource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CloseEphemeralResource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.CloseEphemeralResource;

        /**
         * Gets the default type url for CloseEphemeralResource
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace CloseEphemeralResource {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request private */
            "private"?: (Uint8Array|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.CloseEphemeralResource.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request private. */
            public private?: (Uint8Array|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.CloseEphemeralResource.IRequest): tfplugin6.CloseEphemeralResource.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.CloseEphemeralResource.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.CloseEphemeralResource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.CloseEphemeralResource.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.CloseEphemeralResource.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.CloseEphemeralResource.IResponse): tfplugin6.CloseEphemeralResource.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.CloseEphemeralResource.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.CloseEphemeralResource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.CloseEphemeralResource.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a GetFunctions. */
    interface IGetFunctions {
    }

    /** Represents a GetFunctions. */
    class GetFunctions implements IGetFunctions {

        /**
         * Constructs a new GetFunctions.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IGetFunctions);

        /**
         * Creates a new GetFunctions instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetFunctions instance
         */
        public static create(properties?: tfplugin6.IGetFunctions): tfplugin6.GetFunctions;

        /**
         * Encodes the specified GetFunctions message. Does not implicitly {@link tfplugin6.GetFunctions.verify|verify} messages.
         * @param message GetFunctions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IGetFunctions, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetFunctions message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetFunctions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetFunctions;

        /**
         * Gets the default type url for GetFunctions
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace GetFunctions {

        /** Properties of a Request. */
        interface IRequest {
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetFunctions.IRequest);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.GetFunctions.IRequest): tfplugin6.GetFunctions.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetFunctions.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetFunctions.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetFunctions.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response functions */
            functions?: ({ [k: string]: tfplugin6.IFunction }|null);

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetFunctions.IResponse);

            /** Response functions. */
            public functions: { [k: string]: tfplugin6.IFunction };

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.GetFunctions.IResponse): tfplugin6.GetFunctions.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetFunctions.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetFunctions.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetFunctions.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a CallFunction. */
    interface ICallFunction {
    }

    /** Represents a CallFunction. */
    class CallFunction implements ICallFunction {

        /**
         * Constructs a new CallFunction.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.ICallFunction);

        /**
         * Creates a new CallFunction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CallFunction instance
         */
        public static create(properties?: tfplugin6.ICallFunction): tfplugin6.CallFunction;

        /**
         * Encodes the specified CallFunction message. Does not implicitly {@link tfplugin6.CallFunction.verify|verify} messages.
         * @param message CallFunction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.ICallFunction, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CallFunction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CallFunction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.CallFunction;

        /**
         * Gets the default type url for CallFunction
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace CallFunction {

        /** Properties of a Request. */
        interface IRequest {

            /** Request name */
            name?: (string|null);

            /** Request arguments */
            "arguments"?: (tfplugin6.IDynamicValue[]|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.CallFunction.IRequest);

            /** Request name. */
            public name: string;

            /** Request arguments. */
            public arguments: tfplugin6.IDynamicValue[];

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.CallFunction.IRequest): tfplugin6.CallFunction.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.CallFunction.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.CallFunction.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.CallFunction.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response result */
            result?: (tfplugin6.IDynamicValue|null);

            /** Response error */
            error?: (tfplugin6.IFunctionError|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.CallFunction.IResponse);

            /** Response result. */
            public result?: (tfplugin6.IDynamicValue|null);

            /** Response error. */
            public error?: (tfplugin6.IFunctionError|null);

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.CallFunction.IResponse): tfplugin6.CallFunction.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.CallFunction.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.CallFunction.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.CallFunction.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a FunctionError. */
    interface IFunctionError {

        /** FunctionError text */
        text?: (string|null);

        /** FunctionError functionArgument */
        functionArgument?: (number|null);
    }

    /** Represents a FunctionError. */
    class FunctionError implements IFunctionError {

        /**
         * Constructs a new FunctionError.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IFunctionError);

        /** FunctionError text. */
        public text: string;

        /** FunctionError functionArgument. */
        public functionArgument?: (number|null);

        /**
         * Creates a new FunctionError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FunctionError instance
         */
        public static create(properties?: tfplugin6.IFunctionError): tfplugin6.FunctionError;

        /**
         * Encodes the specified FunctionError message. Does not implicitly {@link tfplugin6.FunctionError.verify|verify} messages.
         * @param message FunctionError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IFunctionError, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FunctionError message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns FunctionError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.FunctionError;

        /**
         * Gets the default type url for FunctionError
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a GetResourceIdentitySchemas. */
    interface IGetResourceIdentitySchemas {
    }

    /** Represents a GetResourceIdentitySchemas. */
    class GetResourceIdentitySchemas implements IGetResourceIdentitySchemas {

        /**
         * Constructs a new GetResourceIdentitySchemas.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IGetResourceIdentitySchemas);

        /**
         * Creates a new GetResourceIdentitySchemas instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetResourceIdentitySchemas instance
         */
        public static create(properties?: tfplugin6.IGetResourceIdentitySchemas): tfplugin6.GetResourceIdentitySchemas;

        /**
         * Encodes the specified GetResourceIdentitySchemas message. Does not implicitly {@link tfplugin6.GetResourceIdentitySchemas.verify|verify} messages.
         * @param message GetResourceIdentitySchemas message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IGetResourceIdentitySchemas, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetResourceIdentitySchemas message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetResourceIdentitySchemas
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetResourceIdentitySchemas;

        /**
         * Gets the default type url for GetResourceIdentitySchemas
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace GetResourceIdentitySchemas {

        /** Properties of a Request. */
        interface IRequest {
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetResourceIdentitySchemas.IRequest);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.GetResourceIdentitySchemas.IRequest): tfplugin6.GetResourceIdentitySchemas.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.GetResourceIdentitySchemas.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetResourceIdentitySchemas.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetResourceIdentitySchemas.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.GetResourceIdentitySchemas.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.GetResourceIdentitySchemas.IResponse): tfplugin6.GetResourceIdentitySchemas.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.GetResourceIdentitySchemas.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.GetResourceIdentitySchemas.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetResourceIdentitySchemas.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of an UpgradeResourceIdentity. */
    interface IUpgradeResourceIdentity {
    }

    /** Represents an UpgradeResourceIdentity. */
    class UpgradeResourceIdentity implements IUpgradeResourceIdentity {

        /**
         * Constructs a new UpgradeResourceIdentity.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IUpgradeResourceIdentity);

        /**
         * Creates a new UpgradeResourceIdentity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UpgradeResourceIdentity instance
         */
        public static create(properties?: tfplugin6.IUpgradeResourceIdentity): tfplugin6.UpgradeResourceIdentity;

        /**
         * Encodes the specified UpgradeResourceIdentity message. Does not implicitly {@link tfplugin6.UpgradeResourceIdentity.verify|verify} messages.
         * @param message UpgradeResourceIdentity message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IUpgradeResourceIdentity, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UpgradeResourceIdentity message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UpgradeResourceIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceIdentity;

        /**
         * Gets the default type url for UpgradeResourceIdentity
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace UpgradeResourceIdentity {

        /** Properties of a Request. */
        interface IRequest {

            /** Request typeName */
            typeName?: (string|null);

            /** Request version */
            version?: (number|null);

            /** Request rawIdentity */
            rawIdentity?: (tfplugin6.IRawState|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.UpgradeResourceIdentity.IRequest);

            /** Request typeName. */
            public typeName: string;

            /** Request version. */
            public version: number;

            /** Request rawIdentity. */
            public rawIdentity?: (tfplugin6.IRawState|null);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.UpgradeResourceIdentity.IRequest): tfplugin6.UpgradeResourceIdentity.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.UpgradeResourceIdentity.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.UpgradeResourceIdentity.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceIdentity.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response diagnostics */
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.UpgradeResourceIdentity.IResponse);

            /** Response diagnostics. */
            public diagnostics: tfplugin6.IDiagnostic[];

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.UpgradeResourceIdentity.IResponse): tfplugin6.UpgradeResourceIdentity.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.UpgradeResourceIdentity.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.UpgradeResourceIdentity.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceIdentity.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }

    /** Properties of a StopProvider. */
    interface IStopProvider {
    }

    /** Represents a StopProvider. */
    class StopProvider implements IStopProvider {

        /**
         * Constructs a new StopProvider.
         * @param [properties] Properties to set
         */
        constructor(properties?: tfplugin6.IStopProvider);

        /**
         * Creates a new StopProvider instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StopProvider instance
         */
        public static create(properties?: tfplugin6.IStopProvider): tfplugin6.StopProvider;

        /**
         * Encodes the specified StopProvider message. Does not implicitly {@link tfplugin6.StopProvider.verify|verify} messages.
         * @param message StopProvider message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: tfplugin6.IStopProvider, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StopProvider message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StopProvider
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider;

        /**
         * Gets the default type url for StopProvider
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace StopProvider {

        /** Properties of a Request. */
        interface IRequest {
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.StopProvider.IRequest);

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: tfplugin6.StopProvider.IRequest): tfplugin6.StopProvider.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link tfplugin6.StopProvider.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.StopProvider.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider.Request;

            /**
             * Gets the default type url for Request
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Response. */
        interface IResponse {

            /** Response Error */
            Error?: (string|null);
        }

        /** Represents a Response. */
        class Response implements IResponse {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: tfplugin6.StopProvider.IResponse);

            /** Response Error. */
            public Error: string;

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            public static create(properties?: tfplugin6.StopProvider.IResponse): tfplugin6.StopProvider.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link tfplugin6.StopProvider.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: tfplugin6.StopProvider.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider.Response;

            /**
             * Gets the default type url for Response
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace plugin. */
export namespace plugin {

    /** Properties of an Empty. */
    interface IEmpty {
    }

    /** Represents an Empty. */
    class Empty implements IEmpty {

        /**
         * Constructs a new Empty.
         * @param [properties] Properties to set
         */
        constructor(properties?: plugin.IEmpty);

        /**
         * Creates a new Empty instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Empty instance
         */
        public static create(properties?: plugin.IEmpty): plugin.Empty;

        /**
         * Encodes the specified Empty message. Does not implicitly {@link plugin.Empty.verify|verify} messages.
         * @param message Empty message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: plugin.IEmpty, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugin.Empty;

        /**
         * Gets the default type url for Empty
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StdioData. */
    interface IStdioData {

        /** StdioData channel */
        channel?: (plugin.StdioData.Channel|null);

        /** StdioData data */
        data?: (Uint8Array|null);
    }

    /** Represents a StdioData. */
    class StdioData implements IStdioData {

        /**
         * Constructs a new StdioData.
         * @param [properties] Properties to set
         */
        constructor(properties?: plugin.IStdioData);

        /** StdioData channel. */
        public channel: plugin.StdioData.Channel;

        /** StdioData data. */
        public data: Uint8Array;

        /**
         * Creates a new StdioData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StdioData instance
         */
        public static create(properties?: plugin.IStdioData): plugin.StdioData;

        /**
         * Encodes the specified StdioData message. Does not implicitly {@link plugin.StdioData.verify|verify} messages.
         * @param message StdioData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: plugin.IStdioData, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StdioData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StdioData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugin.StdioData;

        /**
         * Gets the default type url for StdioData
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace StdioData {

        /** Channel enum. */
        enum Channel {
            INVALID = 0,
            STDOUT = 1,
            STDERR = 2
        }
    }

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
        constructor(properties?: plugin.IHealthCheckRequest);

        /** HealthCheckRequest service. */
        public service: string;

        /**
         * Creates a new HealthCheckRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HealthCheckRequest instance
         */
        public static create(properties?: plugin.IHealthCheckRequest): plugin.HealthCheckRequest;

        /**
         * Encodes the specified HealthCheckRequest message. Does not implicitly {@link plugin.HealthCheckRequest.verify|verify} messages.
         * @param message HealthCheckRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: plugin.IHealthCheckRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HealthCheckRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HealthCheckRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugin.HealthCheckRequest;

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
        status?: (plugin.HealthCheckResponse.ServingStatus|null);
    }

    /** Represents a HealthCheckResponse. */
    class HealthCheckResponse implements IHealthCheckResponse {

        /**
         * Constructs a new HealthCheckResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: plugin.IHealthCheckResponse);

        /** HealthCheckResponse status. */
        public status: plugin.HealthCheckResponse.ServingStatus;

        /**
         * Creates a new HealthCheckResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HealthCheckResponse instance
         */
        public static create(properties?: plugin.IHealthCheckResponse): plugin.HealthCheckResponse;

        /**
         * Encodes the specified HealthCheckResponse message. Does not implicitly {@link plugin.HealthCheckResponse.verify|verify} messages.
         * @param message HealthCheckResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: plugin.IHealthCheckResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HealthCheckResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HealthCheckResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): plugin.HealthCheckResponse;

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
