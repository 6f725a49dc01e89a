package com.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.imports.AnnexFiles.Layout;
import com.jixiao.imports.AnnexFiles.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Files that are not a 附1, cells that cannot be read, and hostile files: each gets a Chinese answer. */
class AnnexSafetyTest {

    static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 1000, 24);

    @Test
    void anUnreadableNumberIsReportedWithItsCellAndTheRestIsRead() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("附1");
            Style style = Style.plain(Layout.SEED);
            AnnexFiles.write(AnnexFiles.table(AnnexFiles.sheets().get(0), 2021, style), sheet, style);
            // Row 14 (index 13) is the first indicator row of the seed layout; column H (7) its 得分.
            sheet.getRow(13).getCell(7).setCellValue("九十");
            bytes = AnnexFiles.bytes(workbook);
        }
        ImportedSheet read = AnnexFile.read("x.xlsx", bytes, LIMITS).sheets().get(0);
        assertThat(read.problems()).extracting(ImportedSheet.Problem::message)
                .containsExactly("工作表 附1 单元格 H14：无法识别的数字 ‘九十’");
        assertThat(read.problems().get(0).cell()).isEqualTo("H14");
        assertThat(read.indicators().get(0).enteredScore()).isNull();
        assertThat(read.indicators().get(0).weight()).isEqualByComparingTo("20");
        assertThat(read.indicators()).hasSize(9);
    }

    @Test
    void aWorkbookWithoutAnAnnexIsExplainedInChinese() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("工资表");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("应发工资");
            bytes = AnnexFiles.bytes(workbook);
        }
        assertThatThrownBy(() -> AnnexFile.read("x.xlsx", bytes, LIMITS)).isInstanceOf(NotAnAnnexException.class)
                .hasMessageContaining("文件中没有找到附1《项目支出绩效自评表》");
    }

    @Test
    void aSheetBesideTheAnnexesIsSkippedWithANote() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("填表说明").createRow(0).createCell(0).setCellValue("请按附1填写");
            Style style = Style.plain(Layout.SEED);
            AnnexFiles.write(AnnexFiles.table(AnnexFiles.sheets().get(1), 2021, style), workbook.createSheet("附1"), style);
            bytes = AnnexFiles.bytes(workbook);
        }
        AnnexFile file = AnnexFile.read("x.xlsx", bytes, LIMITS);
        assertThat(file.sheets()).hasSize(1);
        assertThat(file.problems()).extracting(ImportedSheet.Problem::message)
                .containsExactly("工作表 填表说明：不是附1 自评表（没有“三级指标”“年初预算数”等表头），已跳过。");
    }

    @Test
    void otherFilesAreRefusedInChinese() {
        assertThatThrownBy(() -> AnnexFile.read("a.txt", "项目名称,年初预算数".getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOf(NotAnAnnexException.class).hasMessage("文件不是 Excel（.xlsx）或 Word（.docx）文件，无法读取附1。");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> AnnexFile.read("a.xls", ole2, LIMITS))
                .isInstanceOf(NotAnAnnexException.class).hasMessageContaining("另存为 .xlsx 或 .docx");
        byte[] truncated = java.util.Arrays.copyOf(AnnexFiles.xlsx(AnnexFiles.sheets().get(0), 2021,
                Style.plain(Layout.SEED)), 3000);
        assertThatThrownBy(() -> AnnexFile.read("a.xlsx", truncated, LIMITS))
                .isInstanceOf(NotAnAnnexException.class).hasMessageContaining("损坏");
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedBeforeItIsOpened() {
        ImportLimits small = new ImportLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(100), 1000, 24);
        byte[] bytes = AnnexFiles.xlsx(AnnexFiles.sheets().get(0), 2021, Style.plain(Layout.SEED));
        assertThatThrownBy(() -> AnnexFile.read("a.xlsx", bytes, small)).isInstanceOf(FileTooLargeException.class)
                .hasMessage("文件过大：附1 文件最大 0 MB，请删去无关的工作表或图片后再上传。".replace("0 MB", "0 MB"));
    }

    /** 60 MB of zeros pack into about 60 KB: refused when the unpacked total passes the limit, nothing kept. */
    @Test
    void aZipBombStopsAtTheInflatedLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(200_000);
        ImportLimits limits = new ImportLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(50), 1000, 24);
        assertThatThrownBy(() -> AnnexFile.read("bomb.xlsx", bomb, limits)).isInstanceOf(FileTooLargeException.class)
                .hasMessage("文件解压后超过 50 MB（可能是压缩炸弹），未读取。");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 1001; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                zip.write('x');
            }
        }
        assertThatThrownBy(() -> AnnexFile.read("many.xlsx", out.toByteArray(), LIMITS))
                .isInstanceOf(FileTooLargeException.class).hasMessageContaining("部件过多");
    }

    /** A Word file whose document.xml declares an external entity naming a local file: never read into the result. */
    @Test
    void externalEntitiesAreNotResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "绝密口令");
        byte[] docx = AnnexFiles.docx(java.util.List.of(AnnexFiles.sheets().get(0)), 2021, Style.plain(Layout.SEED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                            .replace("执法办案中心建设", "&xxe;");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
            }
        }
        String outcome;
        try {
            outcome = AnnexFile.read("xxe.docx", out.toByteArray(), LIMITS).toString();
        } catch (NotAnAnnexException e) {
            outcome = e.getMessage();
        }
        assertThat(outcome).doesNotContain("绝密口令");
    }
}
