/**
 * The one module generated code imports at run time (as `rt`): it re-exports the other templates, each a module of
 * one role (core/: the checks, conversions, boxes, the decode context and the canonical decoders' support; one folder
 * per wire and per transport). Its own code is nothing but these re-exports.
 *
 * Files under templates/ are templates: the generator copies them verbatim (after its own header) into the output
 * folder, side by side, so that generated code needs no npm package at run time. They are compiled and tested here
 * like any other source file.
 */
export type * from "./checks";
export type * from "./boxed";
export type * from "./convert";
export type * from "../vijson/json";
export type * from "../govmomi/gojson";
export type * from "../transport/envelope";
export type * from "../transport/stream";
export type * from "./context";
export type * from "./decode";
export type * from "../govmomi/govmomiDecode";
export type * from "../transport/envelopeDecode";
export type * from "../soap/soapDecode";
export type * from "../soap/xml";
export type * from "../soap/vimxml";
export type * from "../soap/soapRead";
export type * from "./methodValues";
export type * from "../vijson/jsonMethods";
// The functions are re-exported as constants, not with `export *`: compiled to CommonJS, `export *` makes each a
// getter, and a getter call on every `rt.isString` cost the guards a tenth of their speed (measured, README).
import {
  isRecord as checks$isRecord,
  own as checks$own,
  isInt8 as checks$isInt8,
  isInt16 as checks$isInt16,
  isInt32 as checks$isInt32,
  isInt64 as checks$isInt64,
  isDouble as checks$isDouble,
  isBoolean as checks$isBoolean,
  isString as checks$isString,
  isBase64 as checks$isBase64,
  isDateTime as checks$isDateTime,
  dateTimeMillis as checks$dateTimeMillis,
  isDateValue as checks$isDateValue,
  isInt64BigInt as checks$isInt64BigInt,
  describeValue as checks$describeValue,
  expectedText as checks$expectedText,
  problem as checks$problem,
  wireTypeName as checks$wireTypeName,
  keepWireTypeName as checks$keepWireTypeName,
  memberPath as checks$memberPath,
  isA as checks$isA,
} from "./checks";
import { decodeOtherValue as boxed$decodeOtherValue, isOtherValue as boxed$isOtherValue } from "./boxed";
import {
  readInt64 as convert$readInt64,
  readDateTime as convert$readDateTime,
  dateTimeText as convert$dateTimeText,
  convertArray as convert$convertArray,
  writeDateTime as convert$writeDateTime,
} from "./convert";
import {
  scanForUnusualNumber as json$scanForUnusualNumber,
  backslashesBefore as json$backslashesBefore,
  mayHoldUnusualNumber as json$mayHoldUnusualNumber,
  parseJson as json$parseJson,
  parseJsonExactly as json$parseJsonExactly,
  stringifyJson as json$stringifyJson,
} from "../vijson/json";
import {
  gmPath as gojson$gmPath,
  gmFail as gojson$gmFail,
  gmAt as gojson$gmAt,
  gmAsOtherType as gojson$gmAsOtherType,
  gmAtList as gojson$gmAtList,
  gmRest as gojson$gmRest,
  gmArray as gojson$gmArray,
  gmCheckArray as gojson$gmCheckArray,
  gmAny as gojson$gmAny,
} from "../govmomi/gojson";
import {
  gmBoxName as govmomiEncode$gmBoxName,
  gmEncodeAt as govmomiEncode$gmEncodeAt,
  gmEncodeAny as govmomiEncode$gmEncodeAny,
} from "../govmomi/govmomiEncode";
import {
  readAttributes as ceAttributes$readAttributes,
  isXmlData as ceAttributes$isXmlData,
} from "../transport/ceAttributes";
import {
  isStructuredRequest as ceHeaders$isStructuredRequest,
  binaryAttributes as ceHeaders$binaryAttributes,
  binaryHeaders as ceHeaders$binaryHeaders,
} from "../transport/ceHeaders";
import {
  envelopeEvent as envelope$envelopeEvent,
  decodeEnvelopeData as envelope$decodeEnvelopeData,
  jsonValue as envelope$jsonValue,
  structuredData as envelope$structuredData,
  envelopeFor as envelope$envelopeFor,
  withEnvelopeTypeId as envelope$withEnvelopeTypeId,
  DATA_MEMBERS as envelope$DATA_MEMBERS,
} from "../transport/envelope";
import { readStream as stream$readStream, decodeStream as stream$decodeStream } from "../transport/stream";
import {
  decodeContext as context$decodeContext,
  fail as context$fail,
  failTypeName as context$failTypeName,
  unknownEnumValue as context$unknownEnumValue,
  finish as context$finish,
  nestedTooDeeply as context$nestedTooDeeply,
  tooDeep as context$tooDeep,
  inContext as context$inContext,
  decodeRoot as context$decodeRoot,
  DecodeError as context$DecodeError,
} from "./context";
import {
  parseAndDecode as decode$parseAndDecode,
  isArrayOf as decode$isArrayOf,
  checkArray as decode$checkArray,
  decodeArray as decode$decodeArray,
  decodeRootArray as decode$decodeRootArray,
  decodeOtherType as decode$decodeOtherType,
  checkMembers as decode$checkMembers,
  exactStart as decode$exactStart,
  family as decode$family,
  decodeExactAt as decode$decodeExactAt,
  withTypeName as decode$withTypeName,
  stringifier as decode$stringifier,
  decoder as decode$decoder,
  safeDecoder as decode$safeDecoder,
  arrayDecoder as decode$arrayDecoder,
  parser as decode$parser,
  arrayParser as decode$arrayParser,
  decodeBoxedEnum as decode$decodeBoxedEnum,
  decodeBoxedArray as decode$decodeBoxedArray,
} from "./decode";
import {
  gmDecode as govmomiDecode$gmDecode,
  gmParse as govmomiDecode$gmParse,
  gmEncode as govmomiDecode$gmEncode,
} from "../govmomi/govmomiDecode";
import {
  ceDecodeStructured as envelopeDecode$ceDecodeStructured,
  ceDecodeBatch as envelopeDecode$ceDecodeBatch,
  ceDecodeBinary as envelopeDecode$ceDecodeBinary,
  ceDecodeHttp as envelopeDecode$ceDecodeHttp,
  ceEncode as envelopeDecode$ceEncode,
  ceEncodeBinary as envelopeDecode$ceEncodeBinary,
} from "../transport/envelopeDecode";
import {
  soapParse as soapDecode$soapParse,
  soapDecode as soapDecode$soapDecode,
  soapEncode as soapDecode$soapEncode,
  soapMethodRequest as soapDecode$soapMethodRequest,
  soapMethodReturn as soapDecode$soapMethodReturn,
} from "../soap/soapDecode";
import {
  methodEntry as methods$methodEntry,
  primitiveAt as methods$primitiveAt,
  decodeReturn as methods$decodeReturn,
} from "./methodValues";
import {
  jsonMethodRequest as jsonMethods$jsonMethodRequest,
  jsonMethodReturn as jsonMethods$jsonMethodReturn,
} from "../vijson/jsonMethods";
import {
  readSoapBody as soapRead$readSoapBody,
  readSoapElement as soapRead$readSoapElement,
} from "../soap/soapRead";
import {
  writeSoapElement as soapWrite$writeSoapElement,
  writeSoapEnvelope as soapWrite$writeSoapEnvelope,
} from "../soap/soapWrite";
export const isRecord = checks$isRecord;
export const own = checks$own;
export const isInt8 = checks$isInt8;
export const isInt16 = checks$isInt16;
export const isInt32 = checks$isInt32;
export const isInt64 = checks$isInt64;
export const isDouble = checks$isDouble;
export const isBoolean = checks$isBoolean;
export const isString = checks$isString;
export const isBase64 = checks$isBase64;
export const isDateTime = checks$isDateTime;
export const dateTimeMillis = checks$dateTimeMillis;
export const isDateValue = checks$isDateValue;
export const isInt64BigInt = checks$isInt64BigInt;
export const describeValue = checks$describeValue;
export const expectedText = checks$expectedText;
export const problem = checks$problem;
export const wireTypeName = checks$wireTypeName;
export const keepWireTypeName = checks$keepWireTypeName;
export const memberPath = checks$memberPath;
export const isA = checks$isA;
export const decodeOtherValue = boxed$decodeOtherValue;
export const isOtherValue = boxed$isOtherValue;
export const readInt64 = convert$readInt64;
export const readDateTime = convert$readDateTime;
export const dateTimeText = convert$dateTimeText;
export const convertArray = convert$convertArray;
export const writeDateTime = convert$writeDateTime;
export const scanForUnusualNumber = json$scanForUnusualNumber;
export const backslashesBefore = json$backslashesBefore;
export const mayHoldUnusualNumber = json$mayHoldUnusualNumber;
export const parseJson = json$parseJson;
export const parseJsonExactly = json$parseJsonExactly;
export const stringifyJson = json$stringifyJson;
export const gmPath = gojson$gmPath;
export const gmFail = gojson$gmFail;
export const gmAt = gojson$gmAt;
export const gmAsOtherType = gojson$gmAsOtherType;
export const gmAtList = gojson$gmAtList;
export const gmRest = gojson$gmRest;
export const gmArray = gojson$gmArray;
export const gmCheckArray = gojson$gmCheckArray;
export const gmBoxName = govmomiEncode$gmBoxName;
export const gmAny = gojson$gmAny;
export const gmEncodeAt = govmomiEncode$gmEncodeAt;
export const gmEncodeAny = govmomiEncode$gmEncodeAny;
export const readAttributes = ceAttributes$readAttributes;
export const isXmlData = ceAttributes$isXmlData;
export const envelopeEvent = envelope$envelopeEvent;
export const decodeEnvelopeData = envelope$decodeEnvelopeData;
export const jsonValue = envelope$jsonValue;
export const isStructuredRequest = ceHeaders$isStructuredRequest;
export const binaryAttributes = ceHeaders$binaryAttributes;
export const structuredData = envelope$structuredData;
export const envelopeFor = envelope$envelopeFor;
export const binaryHeaders = ceHeaders$binaryHeaders;
export const withEnvelopeTypeId = envelope$withEnvelopeTypeId;
export const DATA_MEMBERS = envelope$DATA_MEMBERS;
export const readStream = stream$readStream;
export const decodeStream = stream$decodeStream;
export const decodeContext = context$decodeContext;
export const fail = context$fail;
export const failTypeName = context$failTypeName;
export const unknownEnumValue = context$unknownEnumValue;
export const finish = context$finish;
export const nestedTooDeeply = context$nestedTooDeeply;
export const tooDeep = context$tooDeep;
export const inContext = context$inContext;
export const decodeRoot = context$decodeRoot;
export const parseAndDecode = decode$parseAndDecode;
export const isArrayOf = decode$isArrayOf;
export const checkArray = decode$checkArray;
export const decodeArray = decode$decodeArray;
export const decodeRootArray = decode$decodeRootArray;
export const decodeOtherType = decode$decodeOtherType;
export const checkMembers = decode$checkMembers;
export const exactStart = decode$exactStart;
export const family = decode$family;
export const decodeExactAt = decode$decodeExactAt;
export const withTypeName = decode$withTypeName;
export const stringifier = decode$stringifier;
export const decoder = decode$decoder;
export const safeDecoder = decode$safeDecoder;
export const arrayDecoder = decode$arrayDecoder;
export const parser = decode$parser;
export const arrayParser = decode$arrayParser;
export const decodeBoxedEnum = decode$decodeBoxedEnum;
export const decodeBoxedArray = decode$decodeBoxedArray;
export const gmDecode = govmomiDecode$gmDecode;
export const gmParse = govmomiDecode$gmParse;
export const gmEncode = govmomiDecode$gmEncode;
export const ceDecodeStructured = envelopeDecode$ceDecodeStructured;
export const ceDecodeBatch = envelopeDecode$ceDecodeBatch;
export const ceDecodeBinary = envelopeDecode$ceDecodeBinary;
export const ceDecodeHttp = envelopeDecode$ceDecodeHttp;
export const ceEncode = envelopeDecode$ceEncode;
export const ceEncodeBinary = envelopeDecode$ceEncodeBinary;
export const soapParse = soapDecode$soapParse;
export const soapDecode = soapDecode$soapDecode;
export const soapEncode = soapDecode$soapEncode;
export const soapMethodRequest = soapDecode$soapMethodRequest;
export const soapMethodReturn = soapDecode$soapMethodReturn;
export const methodEntry = methods$methodEntry;
export const primitiveAt = methods$primitiveAt;
export const decodeReturn = methods$decodeReturn;
export const jsonMethodRequest = jsonMethods$jsonMethodRequest;
export const jsonMethodReturn = jsonMethods$jsonMethodReturn;
export const readSoapBody = soapRead$readSoapBody;
export const readSoapElement = soapRead$readSoapElement;
export const writeSoapElement = soapWrite$writeSoapElement;
export const writeSoapEnvelope = soapWrite$writeSoapEnvelope;
export const DecodeError = context$DecodeError;
export type DecodeError = context$DecodeError;
