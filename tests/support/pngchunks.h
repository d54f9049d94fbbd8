#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

// Splits a PNG file into its chunks and checks each chunk's CRC, so that tests
// can see every text chunk (tEXt, zTXt, iTXt) a PNG export carries.
namespace dpitest {

struct PngChunk
{
    QByteArray type;
    QByteArray data;
    bool crcOk = false;
};

struct PngChunks
{
    QString error; // empty when the signature and every chunk's length were right
    std::vector<PngChunk> chunks;
};

inline quint32 pngCrc(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= static_cast<unsigned char>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

inline quint32 pngNumber(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

inline PngChunks readPngChunks(const QByteArray &png)
{
    PngChunks result;
    if (!png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8))) {
        result.error = QStringLiteral("no PNG signature");
        return result;
    }
    qsizetype at = 8;
    while (at < png.size()) {
        if (png.size() - at < 12) {
            result.error = QStringLiteral("truncated chunk at byte %1").arg(at);
            return result;
        }
        const quint32 length = pngNumber(png, at);
        if (length > quint32(png.size() - at - 12)) {
            result.error = QStringLiteral("chunk at byte %1 is longer than the file").arg(at);
            return result;
        }
        PngChunk chunk;
        chunk.type = png.mid(at + 4, 4);
        chunk.data = png.mid(at + 8, length);
        chunk.crcOk = pngCrc(chunk.type + chunk.data) == pngNumber(png, at + 8 + length);
        result.chunks.push_back(chunk);
        at += 12 + length;
        if (result.chunks.back().type == "IEND")
            break;
    }
    if (result.chunks.empty() || result.chunks.back().type != "IEND")
        result.error = QStringLiteral("no IEND chunk");
    return result;
}

} // namespace dpitest
