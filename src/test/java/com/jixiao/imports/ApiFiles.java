package com.jixiao.imports;

import com.jixiao.demo.SeedDocument.Sheet;
import com.jixiao.imports.AnnexFiles.Layout;
import com.jixiao.imports.AnnexFiles.Style;
import com.jixiao.scoring.TargetParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files for the API tests in another package. */
public final class ApiFiles {

    public static final int SEED_SHEETS = 12;

    private ApiFiles() {
    }

    /** Every seed 附1 in the split layout (指标性质 | 指标值 | 度量单位), one per worksheet. */
    public static byte[] splitWorkbook() {
        return AnnexFiles.xlsx(AnnexFiles.sheets(), 2021, Style.plain(Layout.SPLIT));
    }

    public static String firstProject() {
        return AnnexFiles.sheets().get(0).projectName();
    }

    /** The target of the n-th row of the first seed sheet as one string, as the API answers it. */
    public static String firstSheetTarget(int n) {
        Sheet s = AnnexFiles.sheets().get(0);
        String target = s.level1().stream().flatMap(one -> one.level2().stream())
                .flatMap(two -> two.indicators().stream()).toList().get(n).target();
        return TargetParser.normalize(target);
    }

    /** 取保候审系统's 附1 (funds 100%, every row scored). */
    public static byte[] completeSheet() {
        return AnnexFiles.xlsx(AnnexFiles.sheets().get(1), 2021, Style.plain(Layout.SEED));
    }

    public static byte[] notAnAnnex() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            return AnnexFiles.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sheet> sheets() {
        return AnnexFiles.sheets();
    }
}
