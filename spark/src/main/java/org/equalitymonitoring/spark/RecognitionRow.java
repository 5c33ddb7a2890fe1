package org.equalitymonitoring.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;

/**
 * A {@link Recognition} as a Spark struct (code, status, rule, candidates) and back: the struct
 * holds codes and enum names only, so it travels between executors and the driver and is read back
 * into the recognition the recogniser gave.
 */
final class RecognitionRow {
  /** The struct type: code (null without a category), status, rule and candidate codes. */
  static final StructType TYPE =
      new StructType()
          .add("code", DataTypes.StringType, true)
          .add("status", DataTypes.StringType, false)
          .add("rule", DataTypes.StringType, false)
          .add("candidates", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private RecognitionRow() {}

  /** Returns the struct of a recognition. */
  static Row encode(Recognition recognition) {
    List<String> candidates = new ArrayList<>(recognition.candidates().size());
    recognition.candidates().forEach(category -> candidates.add(category.code()));
    return RowFactory.create(
        recognition.code().orElse(null),
        recognition.status().name(),
        recognition.rule().name(),
        seq(candidates));
  }

  /** Returns a list as the Scala sequence that Spark takes for an array column of a row. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /**
   * Returns the recognition a struct stands for.
   *
   * @param row a struct of {@link #TYPE}
   * @param scheme the scheme the value was recognised against
   */
  static Recognition decode(Row row, Scheme scheme) {
    String code = row.getString(0);
    RecognitionStatus status = RecognitionStatus.valueOf(row.getString(1));
    RecognitionRule rule = RecognitionRule.valueOf(row.getString(2));
    if (code != null) {
      return Recognition.matched(scheme.requireCategory(code), rule);
    }
    if (status == RecognitionStatus.AMBIGUOUS) {
      List<Category> candidates = new ArrayList<>();
      for (Object candidate : row.getList(3)) {
        candidates.add(scheme.requireCategory((String) candidate));
      }
      return Recognition.ambiguous(candidates, rule);
    }
    return Recognition.withoutCategory(status, rule);
  }
}
