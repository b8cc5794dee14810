#include "app/i18n/translationcatalog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

QStringList TranslationMessage::shownTexts() const
{
    if (numerus && !forms.isEmpty())
        return forms;
    if (!numerus && !translation.isEmpty())
        return {translation};
    return {source};
}

TranslationCatalog TranslationCatalog::load(const QString &language, const QString &folder)
{
    const QString name = QStringLiteral("azure-status-console_%1.ts").arg(language);
    QFile file(folder.isEmpty() ? QStringLiteral(":/i18n/ts/") + name : QDir(folder).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        TranslationCatalog catalog;
        catalog.m_error = tr("%1 could not be read: %2").arg(file.fileName(), file.errorString());
        return catalog;
    }
    return parse(file.readAll(), file.fileName());
}

TranslationCatalog TranslationCatalog::parse(const QByteArray &ts, const QString &fileName)
{
    TranslationCatalog catalog;
    QXmlStreamReader xml(ts);
    QString context;
    TranslationMessage message;
    // lupdate -locations relative: a line is "+N" from the previous location in the same file.
    QString currentFile;
    QHash<QString, int> lastLine;
    bool sawTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            catalog.m_messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            sawTs = true;
            catalog.m_locale = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TranslationMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"location") {
            const auto attributes = xml.attributes();
            if (attributes.hasAttribute(QLatin1String("filename")))
                currentFile = attributes.value(QLatin1String("filename")).toString();
            const QString lineText = attributes.value(QLatin1String("line")).toString();
            int line = lineText.toInt();
            if (lineText.startsWith(QLatin1Char('+')) || lineText.startsWith(QLatin1Char('-')))
                line += lastLine.value(currentFile);
            lastLine.insert(currentFile, line);
            QString file = currentFile;
            if (file.startsWith(QLatin1String("../")))
                file = file.mid(3);
            message.locations.append(file + QLatin1Char(':') + QString::number(line));
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"extracomment") {
            message.extraComment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
    }
    if (xml.hasError())
        catalog.m_error = tr("%1, line %2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    else if (!sawTs)
        catalog.m_error = tr("%1 is not a Qt Linguist file (no TS element).").arg(fileName);
    return catalog;
}
