/**
 * The one module generated code imports at run time (as `rt`): every value the run-time templates declare (core/,
 * and a folder per wire and per transport), re-exported as a constant, and their types. Written by
 * `npm run runtime` (scripts/runtime/runtimeModule.ts) from the templates' own exports: do not edit.
 *
 * Files under templates/ are templates: the generator copies them verbatim (after its own header) into the output
 * folder, side by side, so that generated code needs no npm package at run time. They are compiled and tested here
 * like any other source file.
 */
export type * from "./boxed";
export type * from "./context";
export type * from "./convert";
export type * from "./decode";
export type * from "./elements";
export type * from "./formats";
export type * from "./json";
export type * from "./methodValues";
export type * from "./policies";
export type * from "../vijson/jsonMethods";
export type * from "../govmomi/govmomiTable";
export type * from "../soap/soapDecode";
export type * from "../soap/soapRead";
export type * from "../soap/soapValues";
export type * from "../soap/vimxml";
export type * from "../soap/xml";
export type * from "../soap/xmlText";
export type * from "../transport/arrayScanner";
export type * from "../transport/ceAttributes";
export type * from "../transport/ceHeaders";
export type * from "../transport/envelope";
export type * from "../transport/jsonArrays";
export type * from "../transport/stream";
export type * from "../transport/streamBatch";
// The functions are re-exported as constants, not with `export *`: compiled to CommonJS, `export *` makes each a
// getter, and a getter call on every `rt.isString` cost the guards a tenth of their speed (measured, README).
import { decodeOtherValue as boxed$decodeOtherValue, isOtherValue as boxed$isOtherValue } from "./boxed";
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
  inDateRange as checks$inDateRange,
  isDateValue as checks$isDateValue,
  isInt64BigInt as checks$isInt64BigInt,
  describeValue as checks$describeValue,
  expectedText as checks$expectedText,
  problem as checks$problem,
  prefixCodedNames as checks$prefixCodedNames,
  wireTypeName as checks$wireTypeName,
  encodedObject as checks$encodedObject,
  unnamedSubtype as checks$unnamedSubtype,
  declaredOnly as checks$declaredOnly,
  keepWireTypeName as checks$keepWireTypeName,
  memberPath as checks$memberPath,
  valueAt as checks$valueAt,
  isA as checks$isA,
} from "./checks";
import {
  DecodeError as context$DecodeError,
  ISOLATE_ELEMENTS as context$ISOLATE_ELEMENTS,
  decodeContext as context$decodeContext,
  fail as context$fail,
  failTypeName as context$failTypeName,
  unknownEnumValue as context$unknownEnumValue,
  finish as context$finish,
  nestedTooDeeply as context$nestedTooDeeply,
  tooDeep as context$tooDeep,
  inContext as context$inContext,
  decodeRoot as context$decodeRoot,
} from "./context";
import {
  readInt64 as convert$readInt64,
  readDateTime as convert$readDateTime,
  dateTimeText as convert$dateTimeText,
  writeDateTime as convert$writeDateTime,
  convertArray as convert$convertArray,
} from "./convert";
import {
  parseAndDecode as decode$parseAndDecode,
  isArrayOf as decode$isArrayOf,
  checkArray as decode$checkArray,
  decodeArray as decode$decodeArray,
  decodeRootArray as decode$decodeRootArray,
  decodeOtherType as decode$decodeOtherType,
  checkMembers as decode$checkMembers,
  family as decode$family,
  decodeExactAt as decode$decodeExactAt,
  withTypeName as decode$withTypeName,
  exactStart as decode$exactStart,
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
  UndecodedElement as elements$UndecodedElement,
  decodeIsolated as elements$decodeIsolated,
} from "./elements";
import {
  FORMAT_CHECKS as formats$FORMAT_CHECKS,
  primitiveBox as formats$primitiveBox,
  arrayBoxItem as formats$arrayBoxItem,
} from "./formats";
import {
  TOP_LEVEL as json$TOP_LEVEL,
  scanForUnusualNumber as json$scanForUnusualNumber,
  backslashesBefore as json$backslashesBefore,
  mayHoldUnusualNumber as json$mayHoldUnusualNumber,
  roundedIntegers as json$roundedIntegers,
  parseJson as json$parseJson,
  parseJsonExactly as json$parseJsonExactly,
  stringifyJson as json$stringifyJson,
} from "./json";
import {
  methodEntry as methodValues$methodEntry,
  primitiveAt as methodValues$primitiveAt,
  decodeReturn as methodValues$decodeReturn,
} from "./methodValues";
import {
  undeclaredMember as policies$undeclaredMember,
  rejectedType as policies$rejectedType,
} from "./policies";
import {
  jsonMethodRequest as jsonMethods$jsonMethodRequest,
  jsonMethodReturn as jsonMethods$jsonMethodReturn,
} from "../vijson/jsonMethods";
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
  gmDecode as govmomiDecode$gmDecode,
  gmParse as govmomiDecode$gmParse,
  gmEncode as govmomiDecode$gmEncode,
} from "../govmomi/govmomiDecode";
import {
  gmBoxName as govmomiEncode$gmBoxName,
  gmEncodeAt as govmomiEncode$gmEncodeAt,
  gmEncodeAny as govmomiEncode$gmEncodeAny,
} from "../govmomi/govmomiEncode";
import {
  chainOf as govmomiTable$chainOf,
  membersBelow as govmomiTable$membersBelow,
} from "../govmomi/govmomiTable";
import {
  soapParse as soapDecode$soapParse,
  soapDecode as soapDecode$soapDecode,
  soapEncode as soapDecode$soapEncode,
  soapMethodRequest as soapDecode$soapMethodRequest,
  soapMethodReturn as soapDecode$soapMethodReturn,
} from "../soap/soapDecode";
import {
  readSoapBody as soapRead$readSoapBody,
  readSoapElement as soapRead$readSoapElement,
} from "../soap/soapRead";
import {
  fromText as soapValues$fromText,
  readText as soapValues$readText,
  isBlank as soapValues$isBlank,
  readObject as soapValues$readObject,
  readAny as soapValues$readAny,
  readGeneric as soapValues$readGeneric,
} from "../soap/soapValues";
import {
  writeSoapElement as soapWrite$writeSoapElement,
  writeSoapEnvelope as soapWrite$writeSoapEnvelope,
} from "../soap/soapWrite";
import {
  VIM25_NAMESPACE as vimxml$VIM25_NAMESPACE,
  SOAP_ENVELOPE_NAMESPACE as vimxml$SOAP_ENVELOPE_NAMESPACE,
  ARRAY as vimxml$ARRAY,
  OPTIONAL as vimxml$OPTIONAL,
  resolvedCache as vimxml$resolvedCache,
  resolved as vimxml$resolved,
  REFERENCE_ATTRIBUTES as vimxml$REFERENCE_ATTRIBUTES,
  SoapFault as vimxml$SoapFault,
  SoapEncodeError as vimxml$SoapEncodeError,
} from "../soap/vimxml";
import {
  XSI_NAMESPACE as xml$XSI_NAMESPACE,
  XSD_NAMESPACE as xml$XSD_NAMESPACE,
  MAX_DEPTH as xml$MAX_DEPTH,
  START as xml$START,
  END as xml$END,
  EOF as xml$EOF,
  XmlReader as xml$XmlReader,
  attributeOf as xml$attributeOf,
} from "../soap/xml";
import {
  unwritableAt as xmlEscape$unwritableAt,
  escapeText as xmlEscape$escapeText,
  escapeAttribute as xmlEscape$escapeAttribute,
} from "../soap/xmlEscape";
import {
  XmlSyntaxError as xmlText$XmlSyntaxError,
  lineColumn as xmlText$lineColumn,
  NOT_XML_CHAR as xmlText$NOT_XML_CHAR,
  MAYBE_NOT_XML_CHAR as xmlText$MAYBE_NOT_XML_CHAR,
  decodeText as xmlText$decodeText,
} from "../soap/xmlText";
import {
  StreamSyntax as arrayScanner$StreamSyntax,
  ArrayScanner as arrayScanner$ArrayScanner,
  isSpace as arrayScanner$isSpace,
} from "../transport/arrayScanner";
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
  withEnvelopeTypeId as envelope$withEnvelopeTypeId,
  decodeEnvelopeData as envelope$decodeEnvelopeData,
  jsonValue as envelope$jsonValue,
  structuredData as envelope$structuredData,
  DATA_MEMBERS as envelope$DATA_MEMBERS,
  envelopeFor as envelope$envelopeFor,
} from "../transport/envelope";
import {
  ceDecodeStructured as envelopeDecode$ceDecodeStructured,
  ceDecodeBatch as envelopeDecode$ceDecodeBatch,
  ceDecodeBinary as envelopeDecode$ceDecodeBinary,
  ceDecodeHttp as envelopeDecode$ceDecodeHttp,
  ceEncode as envelopeDecode$ceEncode,
  ceEncodeBinary as envelopeDecode$ceEncodeBinary,
} from "../transport/envelopeDecode";
import { arrayBatches as jsonArrays$arrayBatches } from "../transport/jsonArrays";
import { ndjsonBatches as ndjson$ndjsonBatches } from "../transport/ndjson";
import { readStream as stream$readStream, decodeStream as stream$decodeStream } from "../transport/stream";
import { texts as utf8Chunks$texts } from "../transport/utf8Chunks";
export const decodeOtherValue: typeof boxed$decodeOtherValue = boxed$decodeOtherValue;
export const isOtherValue: typeof boxed$isOtherValue = boxed$isOtherValue;
export const isRecord: typeof checks$isRecord = checks$isRecord;
export const own: typeof checks$own = checks$own;
export const isInt8: typeof checks$isInt8 = checks$isInt8;
export const isInt16: typeof checks$isInt16 = checks$isInt16;
export const isInt32: typeof checks$isInt32 = checks$isInt32;
export const isInt64: typeof checks$isInt64 = checks$isInt64;
export const isDouble: typeof checks$isDouble = checks$isDouble;
export const isBoolean: typeof checks$isBoolean = checks$isBoolean;
export const isString: typeof checks$isString = checks$isString;
export const isBase64: typeof checks$isBase64 = checks$isBase64;
export const isDateTime: typeof checks$isDateTime = checks$isDateTime;
export const dateTimeMillis: typeof checks$dateTimeMillis = checks$dateTimeMillis;
export const inDateRange: typeof checks$inDateRange = checks$inDateRange;
export const isDateValue: typeof checks$isDateValue = checks$isDateValue;
export const isInt64BigInt: typeof checks$isInt64BigInt = checks$isInt64BigInt;
export const describeValue: typeof checks$describeValue = checks$describeValue;
export const expectedText: typeof checks$expectedText = checks$expectedText;
export const problem: typeof checks$problem = checks$problem;
export const prefixCodedNames: typeof checks$prefixCodedNames = checks$prefixCodedNames;
export const wireTypeName: typeof checks$wireTypeName = checks$wireTypeName;
export const encodedObject: typeof checks$encodedObject = checks$encodedObject;
export const unnamedSubtype: typeof checks$unnamedSubtype = checks$unnamedSubtype;
export const declaredOnly: typeof checks$declaredOnly = checks$declaredOnly;
export const keepWireTypeName: typeof checks$keepWireTypeName = checks$keepWireTypeName;
export const memberPath: typeof checks$memberPath = checks$memberPath;
export const valueAt: typeof checks$valueAt = checks$valueAt;
export const isA: typeof checks$isA = checks$isA;
export const DecodeError: typeof context$DecodeError = context$DecodeError;
export const ISOLATE_ELEMENTS: typeof context$ISOLATE_ELEMENTS = context$ISOLATE_ELEMENTS;
export const decodeContext: typeof context$decodeContext = context$decodeContext;
export const fail: typeof context$fail = context$fail;
export const failTypeName: typeof context$failTypeName = context$failTypeName;
export const unknownEnumValue: typeof context$unknownEnumValue = context$unknownEnumValue;
export const finish: typeof context$finish = context$finish;
export const nestedTooDeeply: typeof context$nestedTooDeeply = context$nestedTooDeeply;
export const tooDeep: typeof context$tooDeep = context$tooDeep;
export const inContext: typeof context$inContext = context$inContext;
export const decodeRoot: typeof context$decodeRoot = context$decodeRoot;
export type DecodeError = context$DecodeError;
export const readInt64: typeof convert$readInt64 = convert$readInt64;
export const readDateTime: typeof convert$readDateTime = convert$readDateTime;
export const dateTimeText: typeof convert$dateTimeText = convert$dateTimeText;
export const writeDateTime: typeof convert$writeDateTime = convert$writeDateTime;
export const convertArray: typeof convert$convertArray = convert$convertArray;
export const parseAndDecode: typeof decode$parseAndDecode = decode$parseAndDecode;
export const isArrayOf: typeof decode$isArrayOf = decode$isArrayOf;
export const checkArray: typeof decode$checkArray = decode$checkArray;
export const decodeArray: typeof decode$decodeArray = decode$decodeArray;
export const decodeRootArray: typeof decode$decodeRootArray = decode$decodeRootArray;
export const decodeOtherType: typeof decode$decodeOtherType = decode$decodeOtherType;
export const checkMembers: typeof decode$checkMembers = decode$checkMembers;
export const family: typeof decode$family = decode$family;
export const decodeExactAt: typeof decode$decodeExactAt = decode$decodeExactAt;
export const withTypeName: typeof decode$withTypeName = decode$withTypeName;
export const exactStart: typeof decode$exactStart = decode$exactStart;
export const stringifier: typeof decode$stringifier = decode$stringifier;
export const decoder: typeof decode$decoder = decode$decoder;
export const safeDecoder: typeof decode$safeDecoder = decode$safeDecoder;
export const arrayDecoder: typeof decode$arrayDecoder = decode$arrayDecoder;
export const parser: typeof decode$parser = decode$parser;
export const arrayParser: typeof decode$arrayParser = decode$arrayParser;
export const decodeBoxedEnum: typeof decode$decodeBoxedEnum = decode$decodeBoxedEnum;
export const decodeBoxedArray: typeof decode$decodeBoxedArray = decode$decodeBoxedArray;
export const UndecodedElement: typeof elements$UndecodedElement = elements$UndecodedElement;
export const decodeIsolated: typeof elements$decodeIsolated = elements$decodeIsolated;
export type UndecodedElement = elements$UndecodedElement;
export const FORMAT_CHECKS: typeof formats$FORMAT_CHECKS = formats$FORMAT_CHECKS;
export const primitiveBox: typeof formats$primitiveBox = formats$primitiveBox;
export const arrayBoxItem: typeof formats$arrayBoxItem = formats$arrayBoxItem;
export const TOP_LEVEL: typeof json$TOP_LEVEL = json$TOP_LEVEL;
export const scanForUnusualNumber: typeof json$scanForUnusualNumber = json$scanForUnusualNumber;
export const backslashesBefore: typeof json$backslashesBefore = json$backslashesBefore;
export const mayHoldUnusualNumber: typeof json$mayHoldUnusualNumber = json$mayHoldUnusualNumber;
export const roundedIntegers: typeof json$roundedIntegers = json$roundedIntegers;
export const parseJson: typeof json$parseJson = json$parseJson;
export const parseJsonExactly: typeof json$parseJsonExactly = json$parseJsonExactly;
export const stringifyJson: typeof json$stringifyJson = json$stringifyJson;
export const methodEntry: typeof methodValues$methodEntry = methodValues$methodEntry;
export const primitiveAt: typeof methodValues$primitiveAt = methodValues$primitiveAt;
export const decodeReturn: typeof methodValues$decodeReturn = methodValues$decodeReturn;
export const undeclaredMember: typeof policies$undeclaredMember = policies$undeclaredMember;
export const rejectedType: typeof policies$rejectedType = policies$rejectedType;
export const jsonMethodRequest: typeof jsonMethods$jsonMethodRequest = jsonMethods$jsonMethodRequest;
export const jsonMethodReturn: typeof jsonMethods$jsonMethodReturn = jsonMethods$jsonMethodReturn;
export const gmPath: typeof gojson$gmPath = gojson$gmPath;
export const gmFail: typeof gojson$gmFail = gojson$gmFail;
export const gmAt: typeof gojson$gmAt = gojson$gmAt;
export const gmAsOtherType: typeof gojson$gmAsOtherType = gojson$gmAsOtherType;
export const gmAtList: typeof gojson$gmAtList = gojson$gmAtList;
export const gmRest: typeof gojson$gmRest = gojson$gmRest;
export const gmArray: typeof gojson$gmArray = gojson$gmArray;
export const gmCheckArray: typeof gojson$gmCheckArray = gojson$gmCheckArray;
export const gmAny: typeof gojson$gmAny = gojson$gmAny;
export const gmDecode: typeof govmomiDecode$gmDecode = govmomiDecode$gmDecode;
export const gmParse: typeof govmomiDecode$gmParse = govmomiDecode$gmParse;
export const gmEncode: typeof govmomiDecode$gmEncode = govmomiDecode$gmEncode;
export const gmBoxName: typeof govmomiEncode$gmBoxName = govmomiEncode$gmBoxName;
export const gmEncodeAt: typeof govmomiEncode$gmEncodeAt = govmomiEncode$gmEncodeAt;
export const gmEncodeAny: typeof govmomiEncode$gmEncodeAny = govmomiEncode$gmEncodeAny;
export const chainOf: typeof govmomiTable$chainOf = govmomiTable$chainOf;
export const membersBelow: typeof govmomiTable$membersBelow = govmomiTable$membersBelow;
export const soapParse: typeof soapDecode$soapParse = soapDecode$soapParse;
export const soapDecode: typeof soapDecode$soapDecode = soapDecode$soapDecode;
export const soapEncode: typeof soapDecode$soapEncode = soapDecode$soapEncode;
export const soapMethodRequest: typeof soapDecode$soapMethodRequest = soapDecode$soapMethodRequest;
export const soapMethodReturn: typeof soapDecode$soapMethodReturn = soapDecode$soapMethodReturn;
export const readSoapBody: typeof soapRead$readSoapBody = soapRead$readSoapBody;
export const readSoapElement: typeof soapRead$readSoapElement = soapRead$readSoapElement;
export const fromText: typeof soapValues$fromText = soapValues$fromText;
export const readText: typeof soapValues$readText = soapValues$readText;
export const isBlank: typeof soapValues$isBlank = soapValues$isBlank;
export const readObject: typeof soapValues$readObject = soapValues$readObject;
export const readAny: typeof soapValues$readAny = soapValues$readAny;
export const readGeneric: typeof soapValues$readGeneric = soapValues$readGeneric;
export const writeSoapElement: typeof soapWrite$writeSoapElement = soapWrite$writeSoapElement;
export const writeSoapEnvelope: typeof soapWrite$writeSoapEnvelope = soapWrite$writeSoapEnvelope;
export const VIM25_NAMESPACE: typeof vimxml$VIM25_NAMESPACE = vimxml$VIM25_NAMESPACE;
export const SOAP_ENVELOPE_NAMESPACE: typeof vimxml$SOAP_ENVELOPE_NAMESPACE = vimxml$SOAP_ENVELOPE_NAMESPACE;
export const ARRAY: typeof vimxml$ARRAY = vimxml$ARRAY;
export const OPTIONAL: typeof vimxml$OPTIONAL = vimxml$OPTIONAL;
export const resolvedCache: typeof vimxml$resolvedCache = vimxml$resolvedCache;
export const resolved: typeof vimxml$resolved = vimxml$resolved;
export const REFERENCE_ATTRIBUTES: typeof vimxml$REFERENCE_ATTRIBUTES = vimxml$REFERENCE_ATTRIBUTES;
export const SoapFault: typeof vimxml$SoapFault = vimxml$SoapFault;
export const SoapEncodeError: typeof vimxml$SoapEncodeError = vimxml$SoapEncodeError;
export type SoapFault = vimxml$SoapFault;
export type SoapEncodeError = vimxml$SoapEncodeError;
export const XSI_NAMESPACE: typeof xml$XSI_NAMESPACE = xml$XSI_NAMESPACE;
export const XSD_NAMESPACE: typeof xml$XSD_NAMESPACE = xml$XSD_NAMESPACE;
export const MAX_DEPTH: typeof xml$MAX_DEPTH = xml$MAX_DEPTH;
export const START: typeof xml$START = xml$START;
export const END: typeof xml$END = xml$END;
export const EOF: typeof xml$EOF = xml$EOF;
export const XmlReader: typeof xml$XmlReader = xml$XmlReader;
export const attributeOf: typeof xml$attributeOf = xml$attributeOf;
export type XmlReader = xml$XmlReader;
export const unwritableAt: typeof xmlEscape$unwritableAt = xmlEscape$unwritableAt;
export const escapeText: typeof xmlEscape$escapeText = xmlEscape$escapeText;
export const escapeAttribute: typeof xmlEscape$escapeAttribute = xmlEscape$escapeAttribute;
export const XmlSyntaxError: typeof xmlText$XmlSyntaxError = xmlText$XmlSyntaxError;
export const lineColumn: typeof xmlText$lineColumn = xmlText$lineColumn;
export const NOT_XML_CHAR: typeof xmlText$NOT_XML_CHAR = xmlText$NOT_XML_CHAR;
export const MAYBE_NOT_XML_CHAR: typeof xmlText$MAYBE_NOT_XML_CHAR = xmlText$MAYBE_NOT_XML_CHAR;
export const decodeText: typeof xmlText$decodeText = xmlText$decodeText;
export type XmlSyntaxError = xmlText$XmlSyntaxError;
export const StreamSyntax: typeof arrayScanner$StreamSyntax = arrayScanner$StreamSyntax;
export const ArrayScanner: typeof arrayScanner$ArrayScanner = arrayScanner$ArrayScanner;
export const isSpace: typeof arrayScanner$isSpace = arrayScanner$isSpace;
export type StreamSyntax = arrayScanner$StreamSyntax;
export type ArrayScanner = arrayScanner$ArrayScanner;
export const readAttributes: typeof ceAttributes$readAttributes = ceAttributes$readAttributes;
export const isXmlData: typeof ceAttributes$isXmlData = ceAttributes$isXmlData;
export const isStructuredRequest: typeof ceHeaders$isStructuredRequest = ceHeaders$isStructuredRequest;
export const binaryAttributes: typeof ceHeaders$binaryAttributes = ceHeaders$binaryAttributes;
export const binaryHeaders: typeof ceHeaders$binaryHeaders = ceHeaders$binaryHeaders;
export const envelopeEvent: typeof envelope$envelopeEvent = envelope$envelopeEvent;
export const withEnvelopeTypeId: typeof envelope$withEnvelopeTypeId = envelope$withEnvelopeTypeId;
export const decodeEnvelopeData: typeof envelope$decodeEnvelopeData = envelope$decodeEnvelopeData;
export const jsonValue: typeof envelope$jsonValue = envelope$jsonValue;
export const structuredData: typeof envelope$structuredData = envelope$structuredData;
export const DATA_MEMBERS: typeof envelope$DATA_MEMBERS = envelope$DATA_MEMBERS;
export const envelopeFor: typeof envelope$envelopeFor = envelope$envelopeFor;
export const ceDecodeStructured: typeof envelopeDecode$ceDecodeStructured = envelopeDecode$ceDecodeStructured;
export const ceDecodeBatch: typeof envelopeDecode$ceDecodeBatch = envelopeDecode$ceDecodeBatch;
export const ceDecodeBinary: typeof envelopeDecode$ceDecodeBinary = envelopeDecode$ceDecodeBinary;
export const ceDecodeHttp: typeof envelopeDecode$ceDecodeHttp = envelopeDecode$ceDecodeHttp;
export const ceEncode: typeof envelopeDecode$ceEncode = envelopeDecode$ceEncode;
export const ceEncodeBinary: typeof envelopeDecode$ceEncodeBinary = envelopeDecode$ceEncodeBinary;
export const arrayBatches: typeof jsonArrays$arrayBatches = jsonArrays$arrayBatches;
export const ndjsonBatches: typeof ndjson$ndjsonBatches = ndjson$ndjsonBatches;
export const readStream: typeof stream$readStream = stream$readStream;
export const decodeStream: typeof stream$decodeStream = stream$decodeStream;
export const texts: typeof utf8Chunks$texts = utf8Chunks$texts;
