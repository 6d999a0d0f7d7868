// Sizes Xerces-C's table of undeclared elements to the input. SGXMLScanner keeps every element
// name it finds no declaration for in a hash pool of 29 buckets that never grows, and looks each
// element up there: an input with N distinct undeclared names cost N²/58 name comparisons (80,000
// names: 72 s of XSD validation, a denial of service that no budget stopped).
#pragma once

#include <cstddef>

namespace xercesc_3_2 {
class SAX2XMLReaderImpl;
}

namespace konform::xml {

/// Before parsing an input of `input_size` bytes with `reader` (which uses SGXMLScanner): gives
/// the scanner's pool of undeclared elements about one bucket per kBytesPerBucket bytes of input,
/// so its chains stay short however many distinct names the input holds. Returns the bucket
/// count the scanner's pool has then, 0 when the reader's scanner is not an SGXMLScanner (left as
/// it is).
std::size_t fit_undeclared_element_pool(xercesc_3_2::SAX2XMLReaderImpl& reader,
                                        std::size_t input_size);

/// Each distinct element name takes at least 4 bytes (`<a/>`), and a few hundred thousand names
/// need 8 or more, so chains stay below about 128 entries: linear in the input, if with a
/// constant (300,000 names in 2.9 MB: 73 per chain). The buckets cost 8 bytes per KiB of input
/// (0.8 %); one per 128 bytes cost a 50 MB invoice, which has no undeclared element, 4 MB of RSS.
inline constexpr std::size_t kBytesPerBucket = 1024;

}  // namespace konform::xml
