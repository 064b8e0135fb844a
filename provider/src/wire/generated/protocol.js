/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.tfplugin6 = (function() {

    var tfplugin6 = {};

    tfplugin6.DynamicValue = (function() {

        function DynamicValue(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        DynamicValue.prototype.msgpack = $util.newBuffer([]);
        DynamicValue.prototype.json = $util.newBuffer([]);

        DynamicValue.create = function create(properties) {
            return new DynamicValue(properties);
        };

        DynamicValue.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.msgpack != null && Object.hasOwnProperty.call(message, "msgpack"))
                writer.uint32(10).bytes(message.msgpack);
            if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                writer.uint32(18).bytes(message.json);
            return writer;
        };

        DynamicValue.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.DynamicValue();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.msgpack = reader.bytes();
                        break;
                    }
                case 2: {
                        message.json = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        DynamicValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.DynamicValue";
        };

        return DynamicValue;
    })();

    tfplugin6.Diagnostic = (function() {

        function Diagnostic(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        Diagnostic.prototype.severity = 0;
        Diagnostic.prototype.summary = "";
        Diagnostic.prototype.detail = "";
        Diagnostic.prototype.attribute = null;

        Diagnostic.create = function create(properties) {
            return new Diagnostic(properties);
        };

        Diagnostic.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.severity != null && Object.hasOwnProperty.call(message, "severity"))
                writer.uint32(8).int32(message.severity);
            if (message.summary != null && Object.hasOwnProperty.call(message, "summary"))
                writer.uint32(18).string(message.summary);
            if (message.detail != null && Object.hasOwnProperty.call(message, "detail"))
                writer.uint32(26).string(message.detail);
            if (message.attribute != null && Object.hasOwnProperty.call(message, "attribute"))
                $root.tfplugin6.AttributePath.encode(message.attribute, writer.uint32(34).fork(), q + 1).ldelim();
            return writer;
        };

        Diagnostic.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.Diagnostic();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.severity = reader.int32();
                        break;
                    }
                case 2: {
                        message.summary = reader.string();
                        break;
                    }
                case 3: {
                        message.detail = reader.string();
                        break;
                    }
                case 4: {
                        message.attribute = $root.tfplugin6.AttributePath.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        Diagnostic.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.Diagnostic";
        };

        Diagnostic.Severity = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "INVALID"] = 0;
            values[valuesById[1] = "ERROR"] = 1;
            values[valuesById[2] = "WARNING"] = 2;
            return values;
        })();

        return Diagnostic;
    })();

    tfplugin6.AttributePath = (function() {

        function AttributePath(properties) {
            this.steps = [];
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        AttributePath.prototype.steps = $util.emptyArray;

        AttributePath.create = function create(properties) {
            return new AttributePath(properties);
        };

        AttributePath.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.steps != null && message.steps.length)
                for (var i = 0; i < message.steps.length; ++i)
                    $root.tfplugin6.AttributePath.Step.encode(message.steps[i], writer.uint32(10).fork(), q + 1).ldelim();
            return writer;
        };

        AttributePath.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.AttributePath();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.steps && message.steps.length))
                            message.steps = [];
                        message.steps.push($root.tfplugin6.AttributePath.Step.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        AttributePath.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.AttributePath";
        };

        AttributePath.Step = (function() {

            function Step(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Step.prototype.attributeName = null;
            Step.prototype.elementKeyString = null;
            Step.prototype.elementKeyInt = null;

            var $oneOfFields;

            Object.defineProperty(Step.prototype, "selector", {
                get: $util.oneOfGetter($oneOfFields = ["attributeName", "elementKeyString", "elementKeyInt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Step.create = function create(properties) {
                return new Step(properties);
            };

            Step.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.attributeName != null && Object.hasOwnProperty.call(message, "attributeName"))
                    writer.uint32(10).string(message.attributeName);
                if (message.elementKeyString != null && Object.hasOwnProperty.call(message, "elementKeyString"))
                    writer.uint32(18).string(message.elementKeyString);
                if (message.elementKeyInt != null && Object.hasOwnProperty.call(message, "elementKeyInt"))
                    writer.uint32(24).int64(message.elementKeyInt);
                return writer;
            };

            Step.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.AttributePath.Step();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.attributeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.elementKeyString = reader.string();
                            break;
                        }
                    case 3: {
                            message.elementKeyInt = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Step.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.AttributePath.Step";
            };

            return Step;
        })();

        return AttributePath;
    })();

    tfplugin6.RawState = (function() {

        function RawState(properties) {
            this.flatmap = {};
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        RawState.prototype.json = $util.newBuffer([]);
        RawState.prototype.flatmap = $util.emptyObject;

        RawState.create = function create(properties) {
            return new RawState(properties);
        };

        RawState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                writer.uint32(10).bytes(message.json);
            if (message.flatmap != null && Object.hasOwnProperty.call(message, "flatmap"))
                for (var keys = Object.keys(message.flatmap), i = 0; i < keys.length; ++i)
                    writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.flatmap[keys[i]]).ldelim();
            return writer;
        };

        RawState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message, key, value;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.RawState();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.json = reader.bytes();
                        break;
                    }
                case 2: {
                        if (message.flatmap === $util.emptyObject)
                            message.flatmap = {};
                        var end2 = reader.uint32() + reader.pos;
                        if (end2 > reader.len)
                            throw RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            var tag2 = reader.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                key = reader.string();
                                break;
                            case 2:
                                value = reader.string();
                                break;
                            default:
                                reader.skipType(tag2 & 7, long);
                                break;
                            }
                        }
                        if (reader.pos !== end2)
                            throw RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.flatmap, key);
                        message.flatmap[key] = value;
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        RawState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.RawState";
        };

        return RawState;
    })();

    tfplugin6.StringKind = (function() {
        var valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "PLAIN"] = 0;
        values[valuesById[1] = "MARKDOWN"] = 1;
        return values;
    })();

    tfplugin6.Schema = (function() {

        function Schema(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        Schema.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Schema.prototype.block = null;

        Schema.create = function create(properties) {
            return new Schema(properties);
        };

        Schema.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(8).int64(message.version);
            if (message.block != null && Object.hasOwnProperty.call(message, "block"))
                $root.tfplugin6.Schema.Block.encode(message.block, writer.uint32(18).fork(), q + 1).ldelim();
            return writer;
        };

        Schema.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.Schema();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.version = reader.int64();
                        break;
                    }
                case 2: {
                        message.block = $root.tfplugin6.Schema.Block.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        Schema.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.Schema";
        };

        Schema.Block = (function() {

            function Block(properties) {
                this.attributes = [];
                this.blockTypes = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Block.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Block.prototype.attributes = $util.emptyArray;
            Block.prototype.blockTypes = $util.emptyArray;
            Block.prototype.description = "";
            Block.prototype.descriptionKind = 0;
            Block.prototype.deprecated = false;

            Block.create = function create(properties) {
                return new Block(properties);
            };

            Block.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(8).int64(message.version);
                if (message.attributes != null && message.attributes.length)
                    for (var i = 0; i < message.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(message.attributes[i], writer.uint32(18).fork(), q + 1).ldelim();
                if (message.blockTypes != null && message.blockTypes.length)
                    for (var i = 0; i < message.blockTypes.length; ++i)
                        $root.tfplugin6.Schema.NestedBlock.encode(message.blockTypes[i], writer.uint32(26).fork(), q + 1).ldelim();
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(34).string(message.description);
                if (message.descriptionKind != null && Object.hasOwnProperty.call(message, "descriptionKind"))
                    writer.uint32(40).int32(message.descriptionKind);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(48).bool(message.deprecated);
                return writer;
            };

            Block.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.Schema.Block();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.version = reader.int64();
                            break;
                        }
                    case 2: {
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tfplugin6.Schema.Attribute.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.blockTypes && message.blockTypes.length))
                                message.blockTypes = [];
                            message.blockTypes.push($root.tfplugin6.Schema.NestedBlock.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.description = reader.string();
                            break;
                        }
                    case 5: {
                            message.descriptionKind = reader.int32();
                            break;
                        }
                    case 6: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Block.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.Schema.Block";
            };

            return Block;
        })();

        Schema.Attribute = (function() {

            function Attribute(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Attribute.prototype.name = "";
            Attribute.prototype.type = $util.newBuffer([]);
            Attribute.prototype.nestedType = null;
            Attribute.prototype.description = "";
            Attribute.prototype.required = false;
            Attribute.prototype.optional = false;
            Attribute.prototype.computed = false;
            Attribute.prototype.sensitive = false;
            Attribute.prototype.descriptionKind = 0;
            Attribute.prototype.deprecated = false;
            Attribute.prototype.writeOnly = false;

            Attribute.create = function create(properties) {
                return new Attribute(properties);
            };

            Attribute.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(10).string(message.name);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(18).bytes(message.type);
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(26).string(message.description);
                if (message.required != null && Object.hasOwnProperty.call(message, "required"))
                    writer.uint32(32).bool(message.required);
                if (message.optional != null && Object.hasOwnProperty.call(message, "optional"))
                    writer.uint32(40).bool(message.optional);
                if (message.computed != null && Object.hasOwnProperty.call(message, "computed"))
                    writer.uint32(48).bool(message.computed);
                if (message.sensitive != null && Object.hasOwnProperty.call(message, "sensitive"))
                    writer.uint32(56).bool(message.sensitive);
                if (message.descriptionKind != null && Object.hasOwnProperty.call(message, "descriptionKind"))
                    writer.uint32(64).int32(message.descriptionKind);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(72).bool(message.deprecated);
                if (message.nestedType != null && Object.hasOwnProperty.call(message, "nestedType"))
                    $root.tfplugin6.Schema.NestedObject.encode(message.nestedType, writer.uint32(82).fork(), q + 1).ldelim();
                if (message.writeOnly != null && Object.hasOwnProperty.call(message, "writeOnly"))
                    writer.uint32(88).bool(message.writeOnly);
                return writer;
            };

            Attribute.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.Schema.Attribute();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.type = reader.bytes();
                            break;
                        }
                    case 10: {
                            message.nestedType = $root.tfplugin6.Schema.NestedObject.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.description = reader.string();
                            break;
                        }
                    case 4: {
                            message.required = reader.bool();
                            break;
                        }
                    case 5: {
                            message.optional = reader.bool();
                            break;
                        }
                    case 6: {
                            message.computed = reader.bool();
                            break;
                        }
                    case 7: {
                            message.sensitive = reader.bool();
                            break;
                        }
                    case 8: {
                            message.descriptionKind = reader.int32();
                            break;
                        }
                    case 9: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 11: {
                            message.writeOnly = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Attribute.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.Schema.Attribute";
            };

            return Attribute;
        })();

        Schema.NestedBlock = (function() {

            function NestedBlock(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            NestedBlock.prototype.typeName = "";
            NestedBlock.prototype.block = null;
            NestedBlock.prototype.nesting = 0;
            NestedBlock.prototype.minItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NestedBlock.prototype.maxItems = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            NestedBlock.create = function create(properties) {
                return new NestedBlock(properties);
            };

            NestedBlock.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.block != null && Object.hasOwnProperty.call(message, "block"))
                    $root.tfplugin6.Schema.Block.encode(message.block, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.nesting != null && Object.hasOwnProperty.call(message, "nesting"))
                    writer.uint32(24).int32(message.nesting);
                if (message.minItems != null && Object.hasOwnProperty.call(message, "minItems"))
                    writer.uint32(32).int64(message.minItems);
                if (message.maxItems != null && Object.hasOwnProperty.call(message, "maxItems"))
                    writer.uint32(40).int64(message.maxItems);
                return writer;
            };

            NestedBlock.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.Schema.NestedBlock();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.block = $root.tfplugin6.Schema.Block.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.nesting = reader.int32();
                            break;
                        }
                    case 4: {
                            message.minItems = reader.int64();
                            break;
                        }
                    case 5: {
                            message.maxItems = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            NestedBlock.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.Schema.NestedBlock";
            };

            NestedBlock.NestingMode = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                values[valuesById[5] = "GROUP"] = 5;
                return values;
            })();

            return NestedBlock;
        })();

        Schema.NestedObject = (function() {

            function NestedObject(properties) {
                this.attributes = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            NestedObject.prototype.attributes = $util.emptyArray;
            NestedObject.prototype.nesting = 0;

            NestedObject.create = function create(properties) {
                return new NestedObject(properties);
            };

            NestedObject.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.attributes != null && message.attributes.length)
                    for (var i = 0; i < message.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(message.attributes[i], writer.uint32(10).fork(), q + 1).ldelim();
                if (message.nesting != null && Object.hasOwnProperty.call(message, "nesting"))
                    writer.uint32(24).int32(message.nesting);
                return writer;
            };

            NestedObject.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.Schema.NestedObject();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tfplugin6.Schema.Attribute.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.nesting = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            NestedObject.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.Schema.NestedObject";
            };

            NestedObject.NestingMode = (function() {
                var valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                return values;
            })();

            return NestedObject;
        })();

        return Schema;
    })();

    tfplugin6.Timestamp = (function() {

        function Timestamp(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Timestamp.prototype.nanos = 0;

        Timestamp.create = function create(properties) {
            return new Timestamp(properties);
        };

        Timestamp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                writer.uint32(8).int64(message.seconds);
            if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                writer.uint32(16).int32(message.nanos);
            return writer;
        };

        Timestamp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.Timestamp();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.seconds = reader.int64();
                        break;
                    }
                case 2: {
                        message.nanos = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        Timestamp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.Timestamp";
        };

        return Timestamp;
    })();

    tfplugin6.Function = (function() {

        function Function(properties) {
            this.parameters = [];
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        Function.prototype.parameters = $util.emptyArray;
        Function.prototype.variadicParameter = null;
        Function.prototype["return"] = null;
        Function.prototype.summary = "";
        Function.prototype.description = "";
        Function.prototype.descriptionKind = 0;
        Function.prototype.deprecationMessage = "";

        Function.create = function create(properties) {
            return new Function(properties);
        };

        Function.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.parameters != null && message.parameters.length)
                for (var i = 0; i < message.parameters.length; ++i)
                    $root.tfplugin6.Function.Parameter.encode(message.parameters[i], writer.uint32(10).fork(), q + 1).ldelim();
            if (message.variadicParameter != null && Object.hasOwnProperty.call(message, "variadicParameter"))
                $root.tfplugin6.Function.Parameter.encode(message.variadicParameter, writer.uint32(18).fork(), q + 1).ldelim();
            if (message["return"] != null && Object.hasOwnProperty.call(message, "return"))
                $root.tfplugin6.Function.Return.encode(message["return"], writer.uint32(26).fork(), q + 1).ldelim();
            if (message.summary != null && Object.hasOwnProperty.call(message, "summary"))
                writer.uint32(34).string(message.summary);
            if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                writer.uint32(42).string(message.description);
            if (message.descriptionKind != null && Object.hasOwnProperty.call(message, "descriptionKind"))
                writer.uint32(48).int32(message.descriptionKind);
            if (message.deprecationMessage != null && Object.hasOwnProperty.call(message, "deprecationMessage"))
                writer.uint32(58).string(message.deprecationMessage);
            return writer;
        };

        Function.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.Function();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.parameters && message.parameters.length))
                            message.parameters = [];
                        message.parameters.push($root.tfplugin6.Function.Parameter.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 2: {
                        message.variadicParameter = $root.tfplugin6.Function.Parameter.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message["return"] = $root.tfplugin6.Function.Return.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 4: {
                        message.summary = reader.string();
                        break;
                    }
                case 5: {
                        message.description = reader.string();
                        break;
                    }
                case 6: {
                        message.descriptionKind = reader.int32();
                        break;
                    }
                case 7: {
                        message.deprecationMessage = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        Function.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.Function";
        };

        Function.Parameter = (function() {

            function Parameter(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Parameter.prototype.name = "";
            Parameter.prototype.type = $util.newBuffer([]);
            Parameter.prototype.allowNullValue = false;
            Parameter.prototype.allowUnknownValues = false;
            Parameter.prototype.description = "";
            Parameter.prototype.descriptionKind = 0;

            Parameter.create = function create(properties) {
                return new Parameter(properties);
            };

            Parameter.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(10).string(message.name);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(18).bytes(message.type);
                if (message.allowNullValue != null && Object.hasOwnProperty.call(message, "allowNullValue"))
                    writer.uint32(24).bool(message.allowNullValue);
                if (message.allowUnknownValues != null && Object.hasOwnProperty.call(message, "allowUnknownValues"))
                    writer.uint32(32).bool(message.allowUnknownValues);
                if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(42).string(message.description);
                if (message.descriptionKind != null && Object.hasOwnProperty.call(message, "descriptionKind"))
                    writer.uint32(48).int32(message.descriptionKind);
                return writer;
            };

            Parameter.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.Function.Parameter();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.type = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.allowNullValue = reader.bool();
                            break;
                        }
                    case 4: {
                            message.allowUnknownValues = reader.bool();
                            break;
                        }
                    case 5: {
                            message.description = reader.string();
                            break;
                        }
                    case 6: {
                            message.descriptionKind = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Parameter.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.Function.Parameter";
            };

            return Parameter;
        })();

        Function.Return = (function() {

            function Return(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Return.prototype.type = $util.newBuffer([]);

            Return.create = function create(properties) {
                return new Return(properties);
            };

            Return.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(10).bytes(message.type);
                return writer;
            };

            Return.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.Function.Return();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.type = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Return.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.Function.Return";
            };

            return Return;
        })();

        return Function;
    })();

    tfplugin6.ServerCapabilities = (function() {

        function ServerCapabilities(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ServerCapabilities.prototype.planDestroy = false;
        ServerCapabilities.prototype.getProviderSchemaOptional = false;
        ServerCapabilities.prototype.moveResourceState = false;

        ServerCapabilities.create = function create(properties) {
            return new ServerCapabilities(properties);
        };

        ServerCapabilities.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.planDestroy != null && Object.hasOwnProperty.call(message, "planDestroy"))
                writer.uint32(8).bool(message.planDestroy);
            if (message.getProviderSchemaOptional != null && Object.hasOwnProperty.call(message, "getProviderSchemaOptional"))
                writer.uint32(16).bool(message.getProviderSchemaOptional);
            if (message.moveResourceState != null && Object.hasOwnProperty.call(message, "moveResourceState"))
                writer.uint32(24).bool(message.moveResourceState);
            return writer;
        };

        ServerCapabilities.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ServerCapabilities();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.planDestroy = reader.bool();
                        break;
                    }
                case 2: {
                        message.getProviderSchemaOptional = reader.bool();
                        break;
                    }
                case 3: {
                        message.moveResourceState = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ServerCapabilities.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ServerCapabilities";
        };

        return ServerCapabilities;
    })();

    tfplugin6.ClientCapabilities = (function() {

        function ClientCapabilities(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ClientCapabilities.prototype.deferralAllowed = false;
        ClientCapabilities.prototype.writeOnlyAttributesAllowed = false;

        ClientCapabilities.create = function create(properties) {
            return new ClientCapabilities(properties);
        };

        ClientCapabilities.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.deferralAllowed != null && Object.hasOwnProperty.call(message, "deferralAllowed"))
                writer.uint32(8).bool(message.deferralAllowed);
            if (message.writeOnlyAttributesAllowed != null && Object.hasOwnProperty.call(message, "writeOnlyAttributesAllowed"))
                writer.uint32(16).bool(message.writeOnlyAttributesAllowed);
            return writer;
        };

        ClientCapabilities.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ClientCapabilities();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.deferralAllowed = reader.bool();
                        break;
                    }
                case 2: {
                        message.writeOnlyAttributesAllowed = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ClientCapabilities.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ClientCapabilities";
        };

        return ClientCapabilities;
    })();

    tfplugin6.GetMetadata = (function() {

        function GetMetadata(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        GetMetadata.create = function create(properties) {
            return new GetMetadata(properties);
        };

        GetMetadata.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        GetMetadata.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.GetMetadata();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        GetMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.GetMetadata";
        };

        GetMetadata.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetMetadata.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetMetadata.Request";
            };

            return Request;
        })();

        GetMetadata.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                this.dataSources = [];
                this.resources = [];
                this.functions = [];
                this.ephemeralResources = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.serverCapabilities = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.dataSources = $util.emptyArray;
            Response.prototype.resources = $util.emptyArray;
            Response.prototype.functions = $util.emptyArray;
            Response.prototype.ephemeralResources = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serverCapabilities != null && Object.hasOwnProperty.call(message, "serverCapabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(message.serverCapabilities, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                if (message.dataSources != null && message.dataSources.length)
                    for (var i = 0; i < message.dataSources.length; ++i)
                        $root.tfplugin6.GetMetadata.DataSourceMetadata.encode(message.dataSources[i], writer.uint32(26).fork(), q + 1).ldelim();
                if (message.resources != null && message.resources.length)
                    for (var i = 0; i < message.resources.length; ++i)
                        $root.tfplugin6.GetMetadata.ResourceMetadata.encode(message.resources[i], writer.uint32(34).fork(), q + 1).ldelim();
                if (message.functions != null && message.functions.length)
                    for (var i = 0; i < message.functions.length; ++i)
                        $root.tfplugin6.GetMetadata.FunctionMetadata.encode(message.functions[i], writer.uint32(42).fork(), q + 1).ldelim();
                if (message.ephemeralResources != null && message.ephemeralResources.length)
                    for (var i = 0; i < message.ephemeralResources.length; ++i)
                        $root.tfplugin6.GetMetadata.EphemeralMetadata.encode(message.ephemeralResources[i], writer.uint32(50).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetMetadata.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serverCapabilities = $root.tfplugin6.ServerCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.dataSources && message.dataSources.length))
                                message.dataSources = [];
                            message.dataSources.push($root.tfplugin6.GetMetadata.DataSourceMetadata.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.tfplugin6.GetMetadata.ResourceMetadata.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            if (!(message.functions && message.functions.length))
                                message.functions = [];
                            message.functions.push($root.tfplugin6.GetMetadata.FunctionMetadata.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 6: {
                            if (!(message.ephemeralResources && message.ephemeralResources.length))
                                message.ephemeralResources = [];
                            message.ephemeralResources.push($root.tfplugin6.GetMetadata.EphemeralMetadata.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetMetadata.Response";
            };

            return Response;
        })();

        GetMetadata.DataSourceMetadata = (function() {

            function DataSourceMetadata(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            DataSourceMetadata.prototype.typeName = "";

            DataSourceMetadata.create = function create(properties) {
                return new DataSourceMetadata(properties);
            };

            DataSourceMetadata.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                return writer;
            };

            DataSourceMetadata.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetMetadata.DataSourceMetadata();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            DataSourceMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetMetadata.DataSourceMetadata";
            };

            return DataSourceMetadata;
        })();

        GetMetadata.ResourceMetadata = (function() {

            function ResourceMetadata(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            ResourceMetadata.prototype.typeName = "";

            ResourceMetadata.create = function create(properties) {
                return new ResourceMetadata(properties);
            };

            ResourceMetadata.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                return writer;
            };

            ResourceMetadata.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetMetadata.ResourceMetadata();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            ResourceMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetMetadata.ResourceMetadata";
            };

            return ResourceMetadata;
        })();

        GetMetadata.FunctionMetadata = (function() {

            function FunctionMetadata(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            FunctionMetadata.prototype.name = "";

            FunctionMetadata.create = function create(properties) {
                return new FunctionMetadata(properties);
            };

            FunctionMetadata.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(10).string(message.name);
                return writer;
            };

            FunctionMetadata.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetMetadata.FunctionMetadata();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            FunctionMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetMetadata.FunctionMetadata";
            };

            return FunctionMetadata;
        })();

        GetMetadata.EphemeralMetadata = (function() {

            function EphemeralMetadata(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            EphemeralMetadata.prototype.typeName = "";

            EphemeralMetadata.create = function create(properties) {
                return new EphemeralMetadata(properties);
            };

            EphemeralMetadata.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                return writer;
            };

            EphemeralMetadata.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetMetadata.EphemeralMetadata();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            EphemeralMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetMetadata.EphemeralMetadata";
            };

            return EphemeralMetadata;
        })();

        return GetMetadata;
    })();

    tfplugin6.GetProviderSchema = (function() {

        function GetProviderSchema(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        GetProviderSchema.create = function create(properties) {
            return new GetProviderSchema(properties);
        };

        GetProviderSchema.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        GetProviderSchema.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.GetProviderSchema();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        GetProviderSchema.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.GetProviderSchema";
        };

        GetProviderSchema.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetProviderSchema.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetProviderSchema.Request";
            };

            return Request;
        })();

        GetProviderSchema.Response = (function() {

            function Response(properties) {
                this.resourceSchemas = {};
                this.dataSourceSchemas = {};
                this.diagnostics = [];
                this.functions = {};
                this.ephemeralResourceSchemas = {};
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.provider = null;
            Response.prototype.resourceSchemas = $util.emptyObject;
            Response.prototype.dataSourceSchemas = $util.emptyObject;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.providerMeta = null;
            Response.prototype.serverCapabilities = null;
            Response.prototype.functions = $util.emptyObject;
            Response.prototype.ephemeralResourceSchemas = $util.emptyObject;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.provider != null && Object.hasOwnProperty.call(message, "provider"))
                    $root.tfplugin6.Schema.encode(message.provider, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.resourceSchemas != null && Object.hasOwnProperty.call(message, "resourceSchemas"))
                    for (var keys = Object.keys(message.resourceSchemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(18).fork().uint32(10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.resourceSchemas[keys[i]], writer.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                if (message.dataSourceSchemas != null && Object.hasOwnProperty.call(message, "dataSourceSchemas"))
                    for (var keys = Object.keys(message.dataSourceSchemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(26).fork().uint32(10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.dataSourceSchemas[keys[i]], writer.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(34).fork(), q + 1).ldelim();
                if (message.providerMeta != null && Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.Schema.encode(message.providerMeta, writer.uint32(42).fork(), q + 1).ldelim();
                if (message.serverCapabilities != null && Object.hasOwnProperty.call(message, "serverCapabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(message.serverCapabilities, writer.uint32(50).fork(), q + 1).ldelim();
                if (message.functions != null && Object.hasOwnProperty.call(message, "functions"))
                    for (var keys = Object.keys(message.functions), i = 0; i < keys.length; ++i) {
                        writer.uint32(58).fork().uint32(10).string(keys[i]);
                        $root.tfplugin6.Function.encode(message.functions[keys[i]], writer.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                if (message.ephemeralResourceSchemas != null && Object.hasOwnProperty.call(message, "ephemeralResourceSchemas"))
                    for (var keys = Object.keys(message.ephemeralResourceSchemas), i = 0; i < keys.length; ++i) {
                        writer.uint32(66).fork().uint32(10).string(keys[i]);
                        $root.tfplugin6.Schema.encode(message.ephemeralResourceSchemas[keys[i]], writer.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetProviderSchema.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.provider = $root.tfplugin6.Schema.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (message.resourceSchemas === $util.emptyObject)
                                message.resourceSchemas = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Schema.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.resourceSchemas, key);
                            message.resourceSchemas[key] = value;
                            break;
                        }
                    case 3: {
                            if (message.dataSourceSchemas === $util.emptyObject)
                                message.dataSourceSchemas = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Schema.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.dataSourceSchemas, key);
                            message.dataSourceSchemas[key] = value;
                            break;
                        }
                    case 4: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            message.providerMeta = $root.tfplugin6.Schema.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.serverCapabilities = $root.tfplugin6.ServerCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            if (message.functions === $util.emptyObject)
                                message.functions = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Function.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.functions, key);
                            message.functions[key] = value;
                            break;
                        }
                    case 8: {
                            if (message.ephemeralResourceSchemas === $util.emptyObject)
                                message.ephemeralResourceSchemas = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Schema.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.ephemeralResourceSchemas, key);
                            message.ephemeralResourceSchemas[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetProviderSchema.Response";
            };

            return Response;
        })();

        return GetProviderSchema;
    })();

    tfplugin6.ValidateProviderConfig = (function() {

        function ValidateProviderConfig(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ValidateProviderConfig.create = function create(properties) {
            return new ValidateProviderConfig(properties);
        };

        ValidateProviderConfig.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ValidateProviderConfig.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ValidateProviderConfig();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ValidateProviderConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ValidateProviderConfig";
        };

        ValidateProviderConfig.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.config = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(10).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateProviderConfig.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateProviderConfig.Request";
            };

            return Request;
        })();

        ValidateProviderConfig.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateProviderConfig.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateProviderConfig.Response";
            };

            return Response;
        })();

        return ValidateProviderConfig;
    })();

    tfplugin6.UpgradeResourceState = (function() {

        function UpgradeResourceState(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        UpgradeResourceState.create = function create(properties) {
            return new UpgradeResourceState(properties);
        };

        UpgradeResourceState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        UpgradeResourceState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.UpgradeResourceState();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        UpgradeResourceState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.UpgradeResourceState";
        };

        UpgradeResourceState.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Request.prototype.rawState = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(16).int64(message.version);
                if (message.rawState != null && Object.hasOwnProperty.call(message, "rawState"))
                    $root.tfplugin6.RawState.encode(message.rawState, writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.UpgradeResourceState.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.version = reader.int64();
                            break;
                        }
                    case 3: {
                            message.rawState = $root.tfplugin6.RawState.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.UpgradeResourceState.Request";
            };

            return Request;
        })();

        UpgradeResourceState.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.upgradedState = null;
            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.upgradedState != null && Object.hasOwnProperty.call(message, "upgradedState"))
                    $root.tfplugin6.DynamicValue.encode(message.upgradedState, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.UpgradeResourceState.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.upgradedState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.UpgradeResourceState.Response";
            };

            return Response;
        })();

        return UpgradeResourceState;
    })();

    tfplugin6.ValidateResourceConfig = (function() {

        function ValidateResourceConfig(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ValidateResourceConfig.create = function create(properties) {
            return new ValidateResourceConfig(properties);
        };

        ValidateResourceConfig.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ValidateResourceConfig.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ValidateResourceConfig();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ValidateResourceConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ValidateResourceConfig";
        };

        ValidateResourceConfig.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.config = null;
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateResourceConfig.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateResourceConfig.Request";
            };

            return Request;
        })();

        ValidateResourceConfig.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateResourceConfig.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateResourceConfig.Response";
            };

            return Response;
        })();

        return ValidateResourceConfig;
    })();

    tfplugin6.ValidateDataResourceConfig = (function() {

        function ValidateDataResourceConfig(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ValidateDataResourceConfig.create = function create(properties) {
            return new ValidateDataResourceConfig(properties);
        };

        ValidateDataResourceConfig.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ValidateDataResourceConfig.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ValidateDataResourceConfig();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ValidateDataResourceConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ValidateDataResourceConfig";
        };

        ValidateDataResourceConfig.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.config = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateDataResourceConfig.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateDataResourceConfig.Request";
            };

            return Request;
        })();

        ValidateDataResourceConfig.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateDataResourceConfig.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateDataResourceConfig.Response";
            };

            return Response;
        })();

        return ValidateDataResourceConfig;
    })();

    tfplugin6.ConfigureProvider = (function() {

        function ConfigureProvider(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ConfigureProvider.create = function create(properties) {
            return new ConfigureProvider(properties);
        };

        ConfigureProvider.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ConfigureProvider.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ConfigureProvider();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ConfigureProvider.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ConfigureProvider";
        };

        ConfigureProvider.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.terraformVersion = "";
            Request.prototype.config = null;
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.terraformVersion != null && Object.hasOwnProperty.call(message, "terraformVersion"))
                    writer.uint32(10).string(message.terraformVersion);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ConfigureProvider.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.terraformVersion = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ConfigureProvider.Request";
            };

            return Request;
        })();

        ConfigureProvider.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ConfigureProvider.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ConfigureProvider.Response";
            };

            return Response;
        })();

        return ConfigureProvider;
    })();

    tfplugin6.ReadResource = (function() {

        function ReadResource(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ReadResource.create = function create(properties) {
            return new ReadResource(properties);
        };

        ReadResource.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ReadResource.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ReadResource();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ReadResource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ReadResource";
        };

        ReadResource.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.currentState = null;
            Request.prototype["private"] = $util.newBuffer([]);
            Request.prototype.providerMeta = null;
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.currentState != null && Object.hasOwnProperty.call(message, "currentState"))
                    $root.tfplugin6.DynamicValue.encode(message.currentState, writer.uint32(18).fork(), q + 1).ldelim();
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(26).bytes(message["private"]);
                if (message.providerMeta != null && Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(34).fork(), q + 1).ldelim();
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(42).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ReadResource.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.currentState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ReadResource.Request";
            };

            return Request;
        })();

        ReadResource.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.newState = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype["private"] = $util.newBuffer([]);

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.newState != null && Object.hasOwnProperty.call(message, "newState"))
                    $root.tfplugin6.DynamicValue.encode(message.newState, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(26).bytes(message["private"]);
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ReadResource.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.newState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ReadResource.Response";
            };

            return Response;
        })();

        return ReadResource;
    })();

    tfplugin6.PlanResourceChange = (function() {

        function PlanResourceChange(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        PlanResourceChange.create = function create(properties) {
            return new PlanResourceChange(properties);
        };

        PlanResourceChange.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        PlanResourceChange.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.PlanResourceChange();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        PlanResourceChange.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.PlanResourceChange";
        };

        PlanResourceChange.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.priorState = null;
            Request.prototype.proposedNewState = null;
            Request.prototype.config = null;
            Request.prototype.priorPrivate = $util.newBuffer([]);
            Request.prototype.providerMeta = null;
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.priorState != null && Object.hasOwnProperty.call(message, "priorState"))
                    $root.tfplugin6.DynamicValue.encode(message.priorState, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.proposedNewState != null && Object.hasOwnProperty.call(message, "proposedNewState"))
                    $root.tfplugin6.DynamicValue.encode(message.proposedNewState, writer.uint32(26).fork(), q + 1).ldelim();
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(34).fork(), q + 1).ldelim();
                if (message.priorPrivate != null && Object.hasOwnProperty.call(message, "priorPrivate"))
                    writer.uint32(42).bytes(message.priorPrivate);
                if (message.providerMeta != null && Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(50).fork(), q + 1).ldelim();
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(58).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.PlanResourceChange.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.priorState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.proposedNewState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.priorPrivate = reader.bytes();
                            break;
                        }
                    case 6: {
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.PlanResourceChange.Request";
            };

            return Request;
        })();

        PlanResourceChange.Response = (function() {

            function Response(properties) {
                this.requiresReplace = [];
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.plannedState = null;
            Response.prototype.requiresReplace = $util.emptyArray;
            Response.prototype.plannedPrivate = $util.newBuffer([]);
            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.plannedState != null && Object.hasOwnProperty.call(message, "plannedState"))
                    $root.tfplugin6.DynamicValue.encode(message.plannedState, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.requiresReplace != null && message.requiresReplace.length)
                    for (var i = 0; i < message.requiresReplace.length; ++i)
                        $root.tfplugin6.AttributePath.encode(message.requiresReplace[i], writer.uint32(18).fork(), q + 1).ldelim();
                if (message.plannedPrivate != null && Object.hasOwnProperty.call(message, "plannedPrivate"))
                    writer.uint32(26).bytes(message.plannedPrivate);
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(34).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.PlanResourceChange.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.plannedState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.requiresReplace && message.requiresReplace.length))
                                message.requiresReplace = [];
                            message.requiresReplace.push($root.tfplugin6.AttributePath.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.plannedPrivate = reader.bytes();
                            break;
                        }
                    case 4: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.PlanResourceChange.Response";
            };

            return Response;
        })();

        return PlanResourceChange;
    })();

    tfplugin6.ApplyResourceChange = (function() {

        function ApplyResourceChange(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ApplyResourceChange.create = function create(properties) {
            return new ApplyResourceChange(properties);
        };

        ApplyResourceChange.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ApplyResourceChange.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ApplyResourceChange();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ApplyResourceChange.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ApplyResourceChange";
        };

        ApplyResourceChange.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.priorState = null;
            Request.prototype.plannedState = null;
            Request.prototype.config = null;
            Request.prototype.plannedPrivate = $util.newBuffer([]);
            Request.prototype.providerMeta = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.priorState != null && Object.hasOwnProperty.call(message, "priorState"))
                    $root.tfplugin6.DynamicValue.encode(message.priorState, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.plannedState != null && Object.hasOwnProperty.call(message, "plannedState"))
                    $root.tfplugin6.DynamicValue.encode(message.plannedState, writer.uint32(26).fork(), q + 1).ldelim();
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(34).fork(), q + 1).ldelim();
                if (message.plannedPrivate != null && Object.hasOwnProperty.call(message, "plannedPrivate"))
                    writer.uint32(42).bytes(message.plannedPrivate);
                if (message.providerMeta != null && Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(50).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ApplyResourceChange.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.priorState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.plannedState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.plannedPrivate = reader.bytes();
                            break;
                        }
                    case 6: {
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ApplyResourceChange.Request";
            };

            return Request;
        })();

        ApplyResourceChange.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.newState = null;
            Response.prototype["private"] = $util.newBuffer([]);
            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.newState != null && Object.hasOwnProperty.call(message, "newState"))
                    $root.tfplugin6.DynamicValue.encode(message.newState, writer.uint32(10).fork(), q + 1).ldelim();
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(18).bytes(message["private"]);
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ApplyResourceChange.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.newState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    case 3: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ApplyResourceChange.Response";
            };

            return Response;
        })();

        return ApplyResourceChange;
    })();

    tfplugin6.ImportResourceState = (function() {

        function ImportResourceState(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ImportResourceState.create = function create(properties) {
            return new ImportResourceState(properties);
        };

        ImportResourceState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ImportResourceState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ImportResourceState();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ImportResourceState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ImportResourceState";
        };

        ImportResourceState.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.id = "";
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(18).string(message.id);
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ImportResourceState.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.id = reader.string();
                            break;
                        }
                    case 3: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ImportResourceState.Request";
            };

            return Request;
        })();

        ImportResourceState.ImportedResource = (function() {

            function ImportedResource(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            ImportedResource.prototype.typeName = "";
            ImportedResource.prototype.state = null;
            ImportedResource.prototype["private"] = $util.newBuffer([]);

            ImportedResource.create = function create(properties) {
                return new ImportedResource(properties);
            };

            ImportedResource.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    $root.tfplugin6.DynamicValue.encode(message.state, writer.uint32(18).fork(), q + 1).ldelim();
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(26).bytes(message["private"]);
                return writer;
            };

            ImportedResource.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ImportResourceState.ImportedResource();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.state = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            ImportedResource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ImportResourceState.ImportedResource";
            };

            return ImportedResource;
        })();

        ImportResourceState.Response = (function() {

            function Response(properties) {
                this.importedResources = [];
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.importedResources = $util.emptyArray;
            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.importedResources != null && message.importedResources.length)
                    for (var i = 0; i < message.importedResources.length; ++i)
                        $root.tfplugin6.ImportResourceState.ImportedResource.encode(message.importedResources[i], writer.uint32(10).fork(), q + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ImportResourceState.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.importedResources && message.importedResources.length))
                                message.importedResources = [];
                            message.importedResources.push($root.tfplugin6.ImportResourceState.ImportedResource.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ImportResourceState.Response";
            };

            return Response;
        })();

        return ImportResourceState;
    })();

    tfplugin6.MoveResourceState = (function() {

        function MoveResourceState(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        MoveResourceState.create = function create(properties) {
            return new MoveResourceState(properties);
        };

        MoveResourceState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        MoveResourceState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.MoveResourceState();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        MoveResourceState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.MoveResourceState";
        };

        MoveResourceState.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.sourceProviderAddress = "";
            Request.prototype.sourceTypeName = "";
            Request.prototype.sourceSchemaVersion = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Request.prototype.sourceState = null;
            Request.prototype.targetTypeName = "";
            Request.prototype.sourcePrivate = $util.newBuffer([]);

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.sourceProviderAddress != null && Object.hasOwnProperty.call(message, "sourceProviderAddress"))
                    writer.uint32(10).string(message.sourceProviderAddress);
                if (message.sourceTypeName != null && Object.hasOwnProperty.call(message, "sourceTypeName"))
                    writer.uint32(18).string(message.sourceTypeName);
                if (message.sourceSchemaVersion != null && Object.hasOwnProperty.call(message, "sourceSchemaVersion"))
                    writer.uint32(24).int64(message.sourceSchemaVersion);
                if (message.sourceState != null && Object.hasOwnProperty.call(message, "sourceState"))
                    $root.tfplugin6.RawState.encode(message.sourceState, writer.uint32(34).fork(), q + 1).ldelim();
                if (message.targetTypeName != null && Object.hasOwnProperty.call(message, "targetTypeName"))
                    writer.uint32(42).string(message.targetTypeName);
                if (message.sourcePrivate != null && Object.hasOwnProperty.call(message, "sourcePrivate"))
                    writer.uint32(50).bytes(message.sourcePrivate);
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.MoveResourceState.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.sourceProviderAddress = reader.string();
                            break;
                        }
                    case 2: {
                            message.sourceTypeName = reader.string();
                            break;
                        }
                    case 3: {
                            message.sourceSchemaVersion = reader.int64();
                            break;
                        }
                    case 4: {
                            message.sourceState = $root.tfplugin6.RawState.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.targetTypeName = reader.string();
                            break;
                        }
                    case 6: {
                            message.sourcePrivate = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.MoveResourceState.Request";
            };

            return Request;
        })();

        MoveResourceState.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.targetState = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.targetPrivate = $util.newBuffer([]);

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.targetState != null && Object.hasOwnProperty.call(message, "targetState"))
                    $root.tfplugin6.DynamicValue.encode(message.targetState, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                if (message.targetPrivate != null && Object.hasOwnProperty.call(message, "targetPrivate"))
                    writer.uint32(26).bytes(message.targetPrivate);
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.MoveResourceState.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.targetState = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.targetPrivate = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.MoveResourceState.Response";
            };

            return Response;
        })();

        return MoveResourceState;
    })();

    tfplugin6.ReadDataSource = (function() {

        function ReadDataSource(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ReadDataSource.create = function create(properties) {
            return new ReadDataSource(properties);
        };

        ReadDataSource.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ReadDataSource.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ReadDataSource();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ReadDataSource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ReadDataSource";
        };

        ReadDataSource.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.config = null;
            Request.prototype.providerMeta = null;
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.providerMeta != null && Object.hasOwnProperty.call(message, "providerMeta"))
                    $root.tfplugin6.DynamicValue.encode(message.providerMeta, writer.uint32(26).fork(), q + 1).ldelim();
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(34).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ReadDataSource.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.providerMeta = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ReadDataSource.Request";
            };

            return Request;
        })();

        ReadDataSource.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.state = null;
            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    $root.tfplugin6.DynamicValue.encode(message.state, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ReadDataSource.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.state = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ReadDataSource.Response";
            };

            return Response;
        })();

        return ReadDataSource;
    })();

    tfplugin6.ValidateEphemeralResourceConfig = (function() {

        function ValidateEphemeralResourceConfig(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        ValidateEphemeralResourceConfig.create = function create(properties) {
            return new ValidateEphemeralResourceConfig(properties);
        };

        ValidateEphemeralResourceConfig.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        ValidateEphemeralResourceConfig.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.ValidateEphemeralResourceConfig();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        ValidateEphemeralResourceConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.ValidateEphemeralResourceConfig";
        };

        ValidateEphemeralResourceConfig.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.config = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateEphemeralResourceConfig.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateEphemeralResourceConfig.Request";
            };

            return Request;
        })();

        ValidateEphemeralResourceConfig.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.ValidateEphemeralResourceConfig.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.ValidateEphemeralResourceConfig.Response";
            };

            return Response;
        })();

        return ValidateEphemeralResourceConfig;
    })();

    tfplugin6.OpenEphemeralResource = (function() {

        function OpenEphemeralResource(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        OpenEphemeralResource.create = function create(properties) {
            return new OpenEphemeralResource(properties);
        };

        OpenEphemeralResource.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        OpenEphemeralResource.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.OpenEphemeralResource();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        OpenEphemeralResource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.OpenEphemeralResource";
        };

        OpenEphemeralResource.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.config = null;
            Request.prototype.clientCapabilities = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                    $root.tfplugin6.DynamicValue.encode(message.config, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.clientCapabilities != null && Object.hasOwnProperty.call(message, "clientCapabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(message.clientCapabilities, writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.OpenEphemeralResource.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.config = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.clientCapabilities = $root.tfplugin6.ClientCapabilities.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.OpenEphemeralResource.Request";
            };

            return Request;
        })();

        OpenEphemeralResource.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.renewAt = null;
            Response.prototype.result = null;
            Response.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(Response.prototype, "_renewAt", {
                get: $util.oneOfGetter($oneOfFields = ["renewAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(Response.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                if (message.renewAt != null && Object.hasOwnProperty.call(message, "renewAt"))
                    $root.tfplugin6.Timestamp.encode(message.renewAt, writer.uint32(18).fork(), q + 1).ldelim();
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    $root.tfplugin6.DynamicValue.encode(message.result, writer.uint32(26).fork(), q + 1).ldelim();
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(34).bytes(message["private"]);
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.OpenEphemeralResource.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.renewAt = $root.tfplugin6.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.result = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.OpenEphemeralResource.Response";
            };

            return Response;
        })();

        return OpenEphemeralResource;
    })();

    tfplugin6.RenewEphemeralResource = (function() {

        function RenewEphemeralResource(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        RenewEphemeralResource.create = function create(properties) {
            return new RenewEphemeralResource(properties);
        };

        RenewEphemeralResource.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        RenewEphemeralResource.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.RenewEphemeralResource();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        RenewEphemeralResource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.RenewEphemeralResource";
        };

        RenewEphemeralResource.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(Request.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(18).bytes(message["private"]);
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.RenewEphemeralResource.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.RenewEphemeralResource.Request";
            };

            return Request;
        })();

        RenewEphemeralResource.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.renewAt = null;
            Response.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(Response.prototype, "_renewAt", {
                get: $util.oneOfGetter($oneOfFields = ["renewAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(Response.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                if (message.renewAt != null && Object.hasOwnProperty.call(message, "renewAt"))
                    $root.tfplugin6.Timestamp.encode(message.renewAt, writer.uint32(18).fork(), q + 1).ldelim();
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(26).bytes(message["private"]);
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.RenewEphemeralResource.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.renewAt = $root.tfplugin6.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.RenewEphemeralResource.Response";
            };

            return Response;
        })();

        return RenewEphemeralResource;
    })();

    tfplugin6.CloseEphemeralResource = (function() {

        function CloseEphemeralResource(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        CloseEphemeralResource.create = function create(properties) {
            return new CloseEphemeralResource(properties);
        };

        CloseEphemeralResource.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        CloseEphemeralResource.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.CloseEphemeralResource();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        CloseEphemeralResource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.CloseEphemeralResource";
        };

        CloseEphemeralResource.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(Request.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message["private"] != null && Object.hasOwnProperty.call(message, "private"))
                    writer.uint32(18).bytes(message["private"]);
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.CloseEphemeralResource.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message["private"] = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.CloseEphemeralResource.Request";
            };

            return Request;
        })();

        CloseEphemeralResource.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(10).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.CloseEphemeralResource.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.CloseEphemeralResource.Response";
            };

            return Response;
        })();

        return CloseEphemeralResource;
    })();

    tfplugin6.GetFunctions = (function() {

        function GetFunctions(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        GetFunctions.create = function create(properties) {
            return new GetFunctions(properties);
        };

        GetFunctions.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        GetFunctions.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.GetFunctions();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        GetFunctions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.GetFunctions";
        };

        GetFunctions.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetFunctions.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetFunctions.Request";
            };

            return Request;
        })();

        GetFunctions.Response = (function() {

            function Response(properties) {
                this.functions = {};
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.functions = $util.emptyObject;
            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.functions != null && Object.hasOwnProperty.call(message, "functions"))
                    for (var keys = Object.keys(message.functions), i = 0; i < keys.length; ++i) {
                        writer.uint32(10).fork().uint32(10).string(keys[i]);
                        $root.tfplugin6.Function.encode(message.functions[keys[i]], writer.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetFunctions.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (message.functions === $util.emptyObject)
                                message.functions = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Function.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.functions, key);
                            message.functions[key] = value;
                            break;
                        }
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetFunctions.Response";
            };

            return Response;
        })();

        return GetFunctions;
    })();

    tfplugin6.CallFunction = (function() {

        function CallFunction(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        CallFunction.create = function create(properties) {
            return new CallFunction(properties);
        };

        CallFunction.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        CallFunction.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.CallFunction();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        CallFunction.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.CallFunction";
        };

        CallFunction.Request = (function() {

            function Request(properties) {
                this["arguments"] = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.name = "";
            Request.prototype["arguments"] = $util.emptyArray;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(10).string(message.name);
                if (message["arguments"] != null && message["arguments"].length)
                    for (var i = 0; i < message["arguments"].length; ++i)
                        $root.tfplugin6.DynamicValue.encode(message["arguments"][i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.CallFunction.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message["arguments"] && message["arguments"].length))
                                message["arguments"] = [];
                            message["arguments"].push($root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.CallFunction.Request";
            };

            return Request;
        })();

        CallFunction.Response = (function() {

            function Response(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.result = null;
            Response.prototype.error = null;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                    $root.tfplugin6.DynamicValue.encode(message.result, writer.uint32(10).fork(), q + 1).ldelim();
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    $root.tfplugin6.FunctionError.encode(message.error, writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.CallFunction.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.result = $root.tfplugin6.DynamicValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.error = $root.tfplugin6.FunctionError.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.CallFunction.Response";
            };

            return Response;
        })();

        return CallFunction;
    })();

    tfplugin6.FunctionError = (function() {

        function FunctionError(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        FunctionError.prototype.text = "";
        FunctionError.prototype.functionArgument = null;

        var $oneOfFields;

        // Virtual OneOf for proto3 optional field
        Object.defineProperty(FunctionError.prototype, "_functionArgument", {
            get: $util.oneOfGetter($oneOfFields = ["functionArgument"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        FunctionError.create = function create(properties) {
            return new FunctionError(properties);
        };

        FunctionError.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                writer.uint32(10).string(message.text);
            if (message.functionArgument != null && Object.hasOwnProperty.call(message, "functionArgument"))
                writer.uint32(16).int64(message.functionArgument);
            return writer;
        };

        FunctionError.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.FunctionError();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.text = reader.string();
                        break;
                    }
                case 2: {
                        message.functionArgument = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        FunctionError.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.FunctionError";
        };

        return FunctionError;
    })();

    tfplugin6.GetResourceIdentitySchemas = (function() {

        function GetResourceIdentitySchemas(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        GetResourceIdentitySchemas.create = function create(properties) {
            return new GetResourceIdentitySchemas(properties);
        };

        GetResourceIdentitySchemas.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        GetResourceIdentitySchemas.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.GetResourceIdentitySchemas();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        GetResourceIdentitySchemas.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.GetResourceIdentitySchemas";
        };

        GetResourceIdentitySchemas.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetResourceIdentitySchemas.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetResourceIdentitySchemas.Request";
            };

            return Request;
        })();

        GetResourceIdentitySchemas.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.GetResourceIdentitySchemas.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.GetResourceIdentitySchemas.Response";
            };

            return Response;
        })();

        return GetResourceIdentitySchemas;
    })();

    tfplugin6.UpgradeResourceIdentity = (function() {

        function UpgradeResourceIdentity(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        UpgradeResourceIdentity.create = function create(properties) {
            return new UpgradeResourceIdentity(properties);
        };

        UpgradeResourceIdentity.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        UpgradeResourceIdentity.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.UpgradeResourceIdentity();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        UpgradeResourceIdentity.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.UpgradeResourceIdentity";
        };

        UpgradeResourceIdentity.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.prototype.typeName = "";
            Request.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Request.prototype.rawIdentity = null;

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(10).string(message.typeName);
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(16).int64(message.version);
                if (message.rawIdentity != null && Object.hasOwnProperty.call(message, "rawIdentity"))
                    $root.tfplugin6.RawState.encode(message.rawIdentity, writer.uint32(26).fork(), q + 1).ldelim();
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.UpgradeResourceIdentity.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.version = reader.int64();
                            break;
                        }
                    case 3: {
                            message.rawIdentity = $root.tfplugin6.RawState.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.UpgradeResourceIdentity.Request";
            };

            return Request;
        })();

        UpgradeResourceIdentity.Response = (function() {

            function Response(properties) {
                this.diagnostics = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.diagnostics != null && message.diagnostics.length)
                    for (var i = 0; i < message.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(message.diagnostics[i], writer.uint32(18).fork(), q + 1).ldelim();
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.UpgradeResourceIdentity.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            if (!(message.diagnostics && message.diagnostics.length))
                                message.diagnostics = [];
                            message.diagnostics.push($root.tfplugin6.Diagnostic.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.UpgradeResourceIdentity.Response";
            };

            return Response;
        })();

        return UpgradeResourceIdentity;
    })();

    tfplugin6.StopProvider = (function() {

        function StopProvider(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        StopProvider.create = function create(properties) {
            return new StopProvider(properties);
        };

        StopProvider.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        StopProvider.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.tfplugin6.StopProvider();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        StopProvider.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/tfplugin6.StopProvider";
        };

        StopProvider.Request = (function() {

            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Request.create = function create(properties) {
                return new Request(properties);
            };

            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.StopProvider.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Request.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.StopProvider.Request";
            };

            return Request;
        })();

        StopProvider.Response = (function() {

            function Response(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            Response.prototype.Error = "";

            Response.create = function create(properties) {
                return new Response(properties);
            };

            Response.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.Error != null && Object.hasOwnProperty.call(message, "Error"))
                    writer.uint32(10).string(message.Error);
                return writer;
            };

            Response.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.tfplugin6.StopProvider.Response();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.Error = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            Response.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/tfplugin6.StopProvider.Response";
            };

            return Response;
        })();

        return StopProvider;
    })();

    return tfplugin6;
})();

$root.plugin = (function() {

    var plugin = {};

    plugin.Empty = (function() {

        function Empty(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        Empty.create = function create(properties) {
            return new Empty(properties);
        };

        Empty.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        Empty.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.plugin.Empty();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        Empty.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/plugin.Empty";
        };

        return Empty;
    })();

    plugin.StdioData = (function() {

        function StdioData(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        StdioData.prototype.channel = 0;
        StdioData.prototype.data = $util.newBuffer([]);

        StdioData.create = function create(properties) {
            return new StdioData(properties);
        };

        StdioData.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.channel != null && Object.hasOwnProperty.call(message, "channel"))
                writer.uint32(8).int32(message.channel);
            if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                writer.uint32(18).bytes(message.data);
            return writer;
        };

        StdioData.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.plugin.StdioData();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.channel = reader.int32();
                        break;
                    }
                case 2: {
                        message.data = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        StdioData.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/plugin.StdioData";
        };

        StdioData.Channel = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "INVALID"] = 0;
            values[valuesById[1] = "STDOUT"] = 1;
            values[valuesById[2] = "STDERR"] = 2;
            return values;
        })();

        return StdioData;
    })();

    plugin.HealthCheckRequest = (function() {

        function HealthCheckRequest(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        HealthCheckRequest.prototype.service = "";

        HealthCheckRequest.create = function create(properties) {
            return new HealthCheckRequest(properties);
        };

        HealthCheckRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                writer.uint32(10).string(message.service);
            return writer;
        };

        HealthCheckRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.plugin.HealthCheckRequest();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.service = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        HealthCheckRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/plugin.HealthCheckRequest";
        };

        return HealthCheckRequest;
    })();

    plugin.HealthCheckResponse = (function() {

        function HealthCheckResponse(properties) {
            if (properties)
                for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        HealthCheckResponse.prototype.status = 0;

        HealthCheckResponse.create = function create(properties) {
            return new HealthCheckResponse(properties);
        };

        HealthCheckResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                writer.uint32(8).int32(message.status);
            return writer;
        };

        HealthCheckResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.plugin.HealthCheckResponse();
            while (reader.pos < end) {
                var tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.status = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        HealthCheckResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/plugin.HealthCheckResponse";
        };

        HealthCheckResponse.ServingStatus = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "SERVING"] = 1;
            values[valuesById[2] = "NOT_SERVING"] = 2;
            values[valuesById[3] = "SERVICE_UNKNOWN"] = 3;
            return values;
        })();

        return HealthCheckResponse;
    })();

    return plugin;
})();

module.exports = $root;
